# 300 classes, each with a field, a method and a __repr__, instantiated and used
class K0:
    def __init__(self):
        self.v = 0
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K0=' + str(self.v)
class K1:
    def __init__(self):
        self.v = 1
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K1=' + str(self.v)
class K2:
    def __init__(self):
        self.v = 2
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K2=' + str(self.v)
class K3:
    def __init__(self):
        self.v = 3
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K3=' + str(self.v)
class K4:
    def __init__(self):
        self.v = 4
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K4=' + str(self.v)
class K5:
    def __init__(self):
        self.v = 5
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K5=' + str(self.v)
class K6:
    def __init__(self):
        self.v = 6
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K6=' + str(self.v)
class K7:
    def __init__(self):
        self.v = 7
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K7=' + str(self.v)
class K8:
    def __init__(self):
        self.v = 8
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K8=' + str(self.v)
class K9:
    def __init__(self):
        self.v = 9
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K9=' + str(self.v)
class K10:
    def __init__(self):
        self.v = 10
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K10=' + str(self.v)
class K11:
    def __init__(self):
        self.v = 11
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K11=' + str(self.v)
class K12:
    def __init__(self):
        self.v = 12
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K12=' + str(self.v)
class K13:
    def __init__(self):
        self.v = 13
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K13=' + str(self.v)
class K14:
    def __init__(self):
        self.v = 14
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K14=' + str(self.v)
class K15:
    def __init__(self):
        self.v = 15
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K15=' + str(self.v)
class K16:
    def __init__(self):
        self.v = 16
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K16=' + str(self.v)
class K17:
    def __init__(self):
        self.v = 17
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K17=' + str(self.v)
class K18:
    def __init__(self):
        self.v = 18
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K18=' + str(self.v)
class K19:
    def __init__(self):
        self.v = 19
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K19=' + str(self.v)
class K20:
    def __init__(self):
        self.v = 20
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K20=' + str(self.v)
class K21:
    def __init__(self):
        self.v = 21
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K21=' + str(self.v)
class K22:
    def __init__(self):
        self.v = 22
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K22=' + str(self.v)
class K23:
    def __init__(self):
        self.v = 23
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K23=' + str(self.v)
class K24:
    def __init__(self):
        self.v = 24
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K24=' + str(self.v)
class K25:
    def __init__(self):
        self.v = 25
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K25=' + str(self.v)
class K26:
    def __init__(self):
        self.v = 26
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K26=' + str(self.v)
class K27:
    def __init__(self):
        self.v = 27
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K27=' + str(self.v)
class K28:
    def __init__(self):
        self.v = 28
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K28=' + str(self.v)
class K29:
    def __init__(self):
        self.v = 29
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K29=' + str(self.v)
class K30:
    def __init__(self):
        self.v = 30
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K30=' + str(self.v)
class K31:
    def __init__(self):
        self.v = 31
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K31=' + str(self.v)
class K32:
    def __init__(self):
        self.v = 32
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K32=' + str(self.v)
class K33:
    def __init__(self):
        self.v = 33
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K33=' + str(self.v)
class K34:
    def __init__(self):
        self.v = 34
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K34=' + str(self.v)
class K35:
    def __init__(self):
        self.v = 35
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K35=' + str(self.v)
class K36:
    def __init__(self):
        self.v = 36
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K36=' + str(self.v)
class K37:
    def __init__(self):
        self.v = 37
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K37=' + str(self.v)
class K38:
    def __init__(self):
        self.v = 38
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K38=' + str(self.v)
class K39:
    def __init__(self):
        self.v = 39
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K39=' + str(self.v)
class K40:
    def __init__(self):
        self.v = 40
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K40=' + str(self.v)
class K41:
    def __init__(self):
        self.v = 41
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K41=' + str(self.v)
class K42:
    def __init__(self):
        self.v = 42
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K42=' + str(self.v)
class K43:
    def __init__(self):
        self.v = 43
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K43=' + str(self.v)
class K44:
    def __init__(self):
        self.v = 44
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K44=' + str(self.v)
class K45:
    def __init__(self):
        self.v = 45
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K45=' + str(self.v)
class K46:
    def __init__(self):
        self.v = 46
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K46=' + str(self.v)
class K47:
    def __init__(self):
        self.v = 47
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K47=' + str(self.v)
class K48:
    def __init__(self):
        self.v = 48
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K48=' + str(self.v)
class K49:
    def __init__(self):
        self.v = 49
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K49=' + str(self.v)
class K50:
    def __init__(self):
        self.v = 50
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K50=' + str(self.v)
class K51:
    def __init__(self):
        self.v = 51
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K51=' + str(self.v)
class K52:
    def __init__(self):
        self.v = 52
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K52=' + str(self.v)
class K53:
    def __init__(self):
        self.v = 53
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K53=' + str(self.v)
class K54:
    def __init__(self):
        self.v = 54
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K54=' + str(self.v)
class K55:
    def __init__(self):
        self.v = 55
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K55=' + str(self.v)
class K56:
    def __init__(self):
        self.v = 56
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K56=' + str(self.v)
class K57:
    def __init__(self):
        self.v = 57
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K57=' + str(self.v)
class K58:
    def __init__(self):
        self.v = 58
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K58=' + str(self.v)
class K59:
    def __init__(self):
        self.v = 59
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K59=' + str(self.v)
class K60:
    def __init__(self):
        self.v = 60
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K60=' + str(self.v)
class K61:
    def __init__(self):
        self.v = 61
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K61=' + str(self.v)
class K62:
    def __init__(self):
        self.v = 62
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K62=' + str(self.v)
class K63:
    def __init__(self):
        self.v = 63
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K63=' + str(self.v)
class K64:
    def __init__(self):
        self.v = 64
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K64=' + str(self.v)
class K65:
    def __init__(self):
        self.v = 65
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K65=' + str(self.v)
class K66:
    def __init__(self):
        self.v = 66
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K66=' + str(self.v)
class K67:
    def __init__(self):
        self.v = 67
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K67=' + str(self.v)
class K68:
    def __init__(self):
        self.v = 68
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K68=' + str(self.v)
class K69:
    def __init__(self):
        self.v = 69
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K69=' + str(self.v)
class K70:
    def __init__(self):
        self.v = 70
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K70=' + str(self.v)
class K71:
    def __init__(self):
        self.v = 71
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K71=' + str(self.v)
class K72:
    def __init__(self):
        self.v = 72
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K72=' + str(self.v)
class K73:
    def __init__(self):
        self.v = 73
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K73=' + str(self.v)
class K74:
    def __init__(self):
        self.v = 74
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K74=' + str(self.v)
class K75:
    def __init__(self):
        self.v = 75
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K75=' + str(self.v)
class K76:
    def __init__(self):
        self.v = 76
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K76=' + str(self.v)
class K77:
    def __init__(self):
        self.v = 77
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K77=' + str(self.v)
class K78:
    def __init__(self):
        self.v = 78
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K78=' + str(self.v)
class K79:
    def __init__(self):
        self.v = 79
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K79=' + str(self.v)
class K80:
    def __init__(self):
        self.v = 80
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K80=' + str(self.v)
class K81:
    def __init__(self):
        self.v = 81
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K81=' + str(self.v)
class K82:
    def __init__(self):
        self.v = 82
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K82=' + str(self.v)
class K83:
    def __init__(self):
        self.v = 83
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K83=' + str(self.v)
class K84:
    def __init__(self):
        self.v = 84
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K84=' + str(self.v)
class K85:
    def __init__(self):
        self.v = 85
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K85=' + str(self.v)
class K86:
    def __init__(self):
        self.v = 86
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K86=' + str(self.v)
class K87:
    def __init__(self):
        self.v = 87
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K87=' + str(self.v)
class K88:
    def __init__(self):
        self.v = 88
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K88=' + str(self.v)
class K89:
    def __init__(self):
        self.v = 89
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K89=' + str(self.v)
class K90:
    def __init__(self):
        self.v = 90
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K90=' + str(self.v)
class K91:
    def __init__(self):
        self.v = 91
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K91=' + str(self.v)
class K92:
    def __init__(self):
        self.v = 92
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K92=' + str(self.v)
class K93:
    def __init__(self):
        self.v = 93
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K93=' + str(self.v)
class K94:
    def __init__(self):
        self.v = 94
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K94=' + str(self.v)
class K95:
    def __init__(self):
        self.v = 95
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K95=' + str(self.v)
class K96:
    def __init__(self):
        self.v = 96
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K96=' + str(self.v)
class K97:
    def __init__(self):
        self.v = 97
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K97=' + str(self.v)
class K98:
    def __init__(self):
        self.v = 98
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K98=' + str(self.v)
class K99:
    def __init__(self):
        self.v = 99
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K99=' + str(self.v)
class K100:
    def __init__(self):
        self.v = 100
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K100=' + str(self.v)
class K101:
    def __init__(self):
        self.v = 101
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K101=' + str(self.v)
class K102:
    def __init__(self):
        self.v = 102
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K102=' + str(self.v)
class K103:
    def __init__(self):
        self.v = 103
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K103=' + str(self.v)
class K104:
    def __init__(self):
        self.v = 104
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K104=' + str(self.v)
class K105:
    def __init__(self):
        self.v = 105
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K105=' + str(self.v)
class K106:
    def __init__(self):
        self.v = 106
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K106=' + str(self.v)
class K107:
    def __init__(self):
        self.v = 107
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K107=' + str(self.v)
class K108:
    def __init__(self):
        self.v = 108
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K108=' + str(self.v)
class K109:
    def __init__(self):
        self.v = 109
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K109=' + str(self.v)
class K110:
    def __init__(self):
        self.v = 110
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K110=' + str(self.v)
class K111:
    def __init__(self):
        self.v = 111
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K111=' + str(self.v)
class K112:
    def __init__(self):
        self.v = 112
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K112=' + str(self.v)
class K113:
    def __init__(self):
        self.v = 113
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K113=' + str(self.v)
class K114:
    def __init__(self):
        self.v = 114
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K114=' + str(self.v)
class K115:
    def __init__(self):
        self.v = 115
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K115=' + str(self.v)
class K116:
    def __init__(self):
        self.v = 116
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K116=' + str(self.v)
class K117:
    def __init__(self):
        self.v = 117
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K117=' + str(self.v)
class K118:
    def __init__(self):
        self.v = 118
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K118=' + str(self.v)
class K119:
    def __init__(self):
        self.v = 119
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K119=' + str(self.v)
class K120:
    def __init__(self):
        self.v = 120
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K120=' + str(self.v)
class K121:
    def __init__(self):
        self.v = 121
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K121=' + str(self.v)
class K122:
    def __init__(self):
        self.v = 122
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K122=' + str(self.v)
class K123:
    def __init__(self):
        self.v = 123
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K123=' + str(self.v)
class K124:
    def __init__(self):
        self.v = 124
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K124=' + str(self.v)
class K125:
    def __init__(self):
        self.v = 125
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K125=' + str(self.v)
class K126:
    def __init__(self):
        self.v = 126
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K126=' + str(self.v)
class K127:
    def __init__(self):
        self.v = 127
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K127=' + str(self.v)
class K128:
    def __init__(self):
        self.v = 128
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K128=' + str(self.v)
class K129:
    def __init__(self):
        self.v = 129
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K129=' + str(self.v)
class K130:
    def __init__(self):
        self.v = 130
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K130=' + str(self.v)
class K131:
    def __init__(self):
        self.v = 131
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K131=' + str(self.v)
class K132:
    def __init__(self):
        self.v = 132
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K132=' + str(self.v)
class K133:
    def __init__(self):
        self.v = 133
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K133=' + str(self.v)
class K134:
    def __init__(self):
        self.v = 134
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K134=' + str(self.v)
class K135:
    def __init__(self):
        self.v = 135
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K135=' + str(self.v)
class K136:
    def __init__(self):
        self.v = 136
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K136=' + str(self.v)
class K137:
    def __init__(self):
        self.v = 137
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K137=' + str(self.v)
class K138:
    def __init__(self):
        self.v = 138
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K138=' + str(self.v)
class K139:
    def __init__(self):
        self.v = 139
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K139=' + str(self.v)
class K140:
    def __init__(self):
        self.v = 140
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K140=' + str(self.v)
class K141:
    def __init__(self):
        self.v = 141
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K141=' + str(self.v)
class K142:
    def __init__(self):
        self.v = 142
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K142=' + str(self.v)
class K143:
    def __init__(self):
        self.v = 143
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K143=' + str(self.v)
class K144:
    def __init__(self):
        self.v = 144
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K144=' + str(self.v)
class K145:
    def __init__(self):
        self.v = 145
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K145=' + str(self.v)
class K146:
    def __init__(self):
        self.v = 146
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K146=' + str(self.v)
class K147:
    def __init__(self):
        self.v = 147
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K147=' + str(self.v)
class K148:
    def __init__(self):
        self.v = 148
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K148=' + str(self.v)
class K149:
    def __init__(self):
        self.v = 149
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K149=' + str(self.v)
class K150:
    def __init__(self):
        self.v = 150
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K150=' + str(self.v)
class K151:
    def __init__(self):
        self.v = 151
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K151=' + str(self.v)
class K152:
    def __init__(self):
        self.v = 152
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K152=' + str(self.v)
class K153:
    def __init__(self):
        self.v = 153
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K153=' + str(self.v)
class K154:
    def __init__(self):
        self.v = 154
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K154=' + str(self.v)
class K155:
    def __init__(self):
        self.v = 155
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K155=' + str(self.v)
class K156:
    def __init__(self):
        self.v = 156
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K156=' + str(self.v)
class K157:
    def __init__(self):
        self.v = 157
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K157=' + str(self.v)
class K158:
    def __init__(self):
        self.v = 158
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K158=' + str(self.v)
class K159:
    def __init__(self):
        self.v = 159
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K159=' + str(self.v)
class K160:
    def __init__(self):
        self.v = 160
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K160=' + str(self.v)
class K161:
    def __init__(self):
        self.v = 161
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K161=' + str(self.v)
class K162:
    def __init__(self):
        self.v = 162
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K162=' + str(self.v)
class K163:
    def __init__(self):
        self.v = 163
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K163=' + str(self.v)
class K164:
    def __init__(self):
        self.v = 164
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K164=' + str(self.v)
class K165:
    def __init__(self):
        self.v = 165
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K165=' + str(self.v)
class K166:
    def __init__(self):
        self.v = 166
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K166=' + str(self.v)
class K167:
    def __init__(self):
        self.v = 167
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K167=' + str(self.v)
class K168:
    def __init__(self):
        self.v = 168
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K168=' + str(self.v)
class K169:
    def __init__(self):
        self.v = 169
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K169=' + str(self.v)
class K170:
    def __init__(self):
        self.v = 170
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K170=' + str(self.v)
class K171:
    def __init__(self):
        self.v = 171
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K171=' + str(self.v)
class K172:
    def __init__(self):
        self.v = 172
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K172=' + str(self.v)
class K173:
    def __init__(self):
        self.v = 173
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K173=' + str(self.v)
class K174:
    def __init__(self):
        self.v = 174
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K174=' + str(self.v)
class K175:
    def __init__(self):
        self.v = 175
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K175=' + str(self.v)
class K176:
    def __init__(self):
        self.v = 176
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K176=' + str(self.v)
class K177:
    def __init__(self):
        self.v = 177
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K177=' + str(self.v)
class K178:
    def __init__(self):
        self.v = 178
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K178=' + str(self.v)
class K179:
    def __init__(self):
        self.v = 179
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K179=' + str(self.v)
class K180:
    def __init__(self):
        self.v = 180
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K180=' + str(self.v)
class K181:
    def __init__(self):
        self.v = 181
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K181=' + str(self.v)
class K182:
    def __init__(self):
        self.v = 182
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K182=' + str(self.v)
class K183:
    def __init__(self):
        self.v = 183
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K183=' + str(self.v)
class K184:
    def __init__(self):
        self.v = 184
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K184=' + str(self.v)
class K185:
    def __init__(self):
        self.v = 185
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K185=' + str(self.v)
class K186:
    def __init__(self):
        self.v = 186
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K186=' + str(self.v)
class K187:
    def __init__(self):
        self.v = 187
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K187=' + str(self.v)
class K188:
    def __init__(self):
        self.v = 188
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K188=' + str(self.v)
class K189:
    def __init__(self):
        self.v = 189
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K189=' + str(self.v)
class K190:
    def __init__(self):
        self.v = 190
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K190=' + str(self.v)
class K191:
    def __init__(self):
        self.v = 191
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K191=' + str(self.v)
class K192:
    def __init__(self):
        self.v = 192
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K192=' + str(self.v)
class K193:
    def __init__(self):
        self.v = 193
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K193=' + str(self.v)
class K194:
    def __init__(self):
        self.v = 194
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K194=' + str(self.v)
class K195:
    def __init__(self):
        self.v = 195
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K195=' + str(self.v)
class K196:
    def __init__(self):
        self.v = 196
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K196=' + str(self.v)
class K197:
    def __init__(self):
        self.v = 197
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K197=' + str(self.v)
class K198:
    def __init__(self):
        self.v = 198
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K198=' + str(self.v)
class K199:
    def __init__(self):
        self.v = 199
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K199=' + str(self.v)
class K200:
    def __init__(self):
        self.v = 200
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K200=' + str(self.v)
class K201:
    def __init__(self):
        self.v = 201
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K201=' + str(self.v)
class K202:
    def __init__(self):
        self.v = 202
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K202=' + str(self.v)
class K203:
    def __init__(self):
        self.v = 203
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K203=' + str(self.v)
class K204:
    def __init__(self):
        self.v = 204
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K204=' + str(self.v)
class K205:
    def __init__(self):
        self.v = 205
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K205=' + str(self.v)
class K206:
    def __init__(self):
        self.v = 206
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K206=' + str(self.v)
class K207:
    def __init__(self):
        self.v = 207
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K207=' + str(self.v)
class K208:
    def __init__(self):
        self.v = 208
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K208=' + str(self.v)
class K209:
    def __init__(self):
        self.v = 209
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K209=' + str(self.v)
class K210:
    def __init__(self):
        self.v = 210
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K210=' + str(self.v)
class K211:
    def __init__(self):
        self.v = 211
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K211=' + str(self.v)
class K212:
    def __init__(self):
        self.v = 212
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K212=' + str(self.v)
class K213:
    def __init__(self):
        self.v = 213
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K213=' + str(self.v)
class K214:
    def __init__(self):
        self.v = 214
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K214=' + str(self.v)
class K215:
    def __init__(self):
        self.v = 215
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K215=' + str(self.v)
class K216:
    def __init__(self):
        self.v = 216
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K216=' + str(self.v)
class K217:
    def __init__(self):
        self.v = 217
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K217=' + str(self.v)
class K218:
    def __init__(self):
        self.v = 218
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K218=' + str(self.v)
class K219:
    def __init__(self):
        self.v = 219
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K219=' + str(self.v)
class K220:
    def __init__(self):
        self.v = 220
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K220=' + str(self.v)
class K221:
    def __init__(self):
        self.v = 221
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K221=' + str(self.v)
class K222:
    def __init__(self):
        self.v = 222
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K222=' + str(self.v)
class K223:
    def __init__(self):
        self.v = 223
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K223=' + str(self.v)
class K224:
    def __init__(self):
        self.v = 224
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K224=' + str(self.v)
class K225:
    def __init__(self):
        self.v = 225
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K225=' + str(self.v)
class K226:
    def __init__(self):
        self.v = 226
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K226=' + str(self.v)
class K227:
    def __init__(self):
        self.v = 227
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K227=' + str(self.v)
class K228:
    def __init__(self):
        self.v = 228
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K228=' + str(self.v)
class K229:
    def __init__(self):
        self.v = 229
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K229=' + str(self.v)
class K230:
    def __init__(self):
        self.v = 230
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K230=' + str(self.v)
class K231:
    def __init__(self):
        self.v = 231
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K231=' + str(self.v)
class K232:
    def __init__(self):
        self.v = 232
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K232=' + str(self.v)
class K233:
    def __init__(self):
        self.v = 233
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K233=' + str(self.v)
class K234:
    def __init__(self):
        self.v = 234
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K234=' + str(self.v)
class K235:
    def __init__(self):
        self.v = 235
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K235=' + str(self.v)
class K236:
    def __init__(self):
        self.v = 236
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K236=' + str(self.v)
class K237:
    def __init__(self):
        self.v = 237
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K237=' + str(self.v)
class K238:
    def __init__(self):
        self.v = 238
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K238=' + str(self.v)
class K239:
    def __init__(self):
        self.v = 239
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K239=' + str(self.v)
class K240:
    def __init__(self):
        self.v = 240
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K240=' + str(self.v)
class K241:
    def __init__(self):
        self.v = 241
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K241=' + str(self.v)
class K242:
    def __init__(self):
        self.v = 242
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K242=' + str(self.v)
class K243:
    def __init__(self):
        self.v = 243
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K243=' + str(self.v)
class K244:
    def __init__(self):
        self.v = 244
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K244=' + str(self.v)
class K245:
    def __init__(self):
        self.v = 245
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K245=' + str(self.v)
class K246:
    def __init__(self):
        self.v = 246
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K246=' + str(self.v)
class K247:
    def __init__(self):
        self.v = 247
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K247=' + str(self.v)
class K248:
    def __init__(self):
        self.v = 248
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K248=' + str(self.v)
class K249:
    def __init__(self):
        self.v = 249
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K249=' + str(self.v)
class K250:
    def __init__(self):
        self.v = 250
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K250=' + str(self.v)
class K251:
    def __init__(self):
        self.v = 251
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K251=' + str(self.v)
class K252:
    def __init__(self):
        self.v = 252
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K252=' + str(self.v)
class K253:
    def __init__(self):
        self.v = 253
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K253=' + str(self.v)
class K254:
    def __init__(self):
        self.v = 254
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K254=' + str(self.v)
class K255:
    def __init__(self):
        self.v = 255
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K255=' + str(self.v)
class K256:
    def __init__(self):
        self.v = 256
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K256=' + str(self.v)
class K257:
    def __init__(self):
        self.v = 257
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K257=' + str(self.v)
class K258:
    def __init__(self):
        self.v = 258
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K258=' + str(self.v)
class K259:
    def __init__(self):
        self.v = 259
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K259=' + str(self.v)
class K260:
    def __init__(self):
        self.v = 260
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K260=' + str(self.v)
class K261:
    def __init__(self):
        self.v = 261
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K261=' + str(self.v)
class K262:
    def __init__(self):
        self.v = 262
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K262=' + str(self.v)
class K263:
    def __init__(self):
        self.v = 263
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K263=' + str(self.v)
class K264:
    def __init__(self):
        self.v = 264
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K264=' + str(self.v)
class K265:
    def __init__(self):
        self.v = 265
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K265=' + str(self.v)
class K266:
    def __init__(self):
        self.v = 266
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K266=' + str(self.v)
class K267:
    def __init__(self):
        self.v = 267
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K267=' + str(self.v)
class K268:
    def __init__(self):
        self.v = 268
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K268=' + str(self.v)
class K269:
    def __init__(self):
        self.v = 269
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K269=' + str(self.v)
class K270:
    def __init__(self):
        self.v = 270
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K270=' + str(self.v)
class K271:
    def __init__(self):
        self.v = 271
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K271=' + str(self.v)
class K272:
    def __init__(self):
        self.v = 272
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K272=' + str(self.v)
class K273:
    def __init__(self):
        self.v = 273
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K273=' + str(self.v)
class K274:
    def __init__(self):
        self.v = 274
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K274=' + str(self.v)
class K275:
    def __init__(self):
        self.v = 275
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K275=' + str(self.v)
class K276:
    def __init__(self):
        self.v = 276
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K276=' + str(self.v)
class K277:
    def __init__(self):
        self.v = 277
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K277=' + str(self.v)
class K278:
    def __init__(self):
        self.v = 278
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K278=' + str(self.v)
class K279:
    def __init__(self):
        self.v = 279
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K279=' + str(self.v)
class K280:
    def __init__(self):
        self.v = 280
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K280=' + str(self.v)
class K281:
    def __init__(self):
        self.v = 281
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K281=' + str(self.v)
class K282:
    def __init__(self):
        self.v = 282
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K282=' + str(self.v)
class K283:
    def __init__(self):
        self.v = 283
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K283=' + str(self.v)
class K284:
    def __init__(self):
        self.v = 284
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K284=' + str(self.v)
class K285:
    def __init__(self):
        self.v = 285
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K285=' + str(self.v)
class K286:
    def __init__(self):
        self.v = 286
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K286=' + str(self.v)
class K287:
    def __init__(self):
        self.v = 287
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K287=' + str(self.v)
class K288:
    def __init__(self):
        self.v = 288
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K288=' + str(self.v)
class K289:
    def __init__(self):
        self.v = 289
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K289=' + str(self.v)
class K290:
    def __init__(self):
        self.v = 290
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K290=' + str(self.v)
class K291:
    def __init__(self):
        self.v = 291
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K291=' + str(self.v)
class K292:
    def __init__(self):
        self.v = 292
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K292=' + str(self.v)
class K293:
    def __init__(self):
        self.v = 293
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K293=' + str(self.v)
class K294:
    def __init__(self):
        self.v = 294
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K294=' + str(self.v)
class K295:
    def __init__(self):
        self.v = 295
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K295=' + str(self.v)
class K296:
    def __init__(self):
        self.v = 296
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K296=' + str(self.v)
class K297:
    def __init__(self):
        self.v = 297
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K297=' + str(self.v)
class K298:
    def __init__(self):
        self.v = 298
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K298=' + str(self.v)
class K299:
    def __init__(self):
        self.v = 299
    def get(self):
        return self.v * 2
    def __repr__(self):
        return 'K299=' + str(self.v)
total = 0
total += K0().get()
total += K1().get()
total += K2().get()
total += K3().get()
total += K4().get()
total += K5().get()
total += K6().get()
total += K7().get()
total += K8().get()
total += K9().get()
total += K10().get()
total += K11().get()
total += K12().get()
total += K13().get()
total += K14().get()
total += K15().get()
total += K16().get()
total += K17().get()
total += K18().get()
total += K19().get()
total += K20().get()
total += K21().get()
total += K22().get()
total += K23().get()
total += K24().get()
total += K25().get()
total += K26().get()
total += K27().get()
total += K28().get()
total += K29().get()
total += K30().get()
total += K31().get()
total += K32().get()
total += K33().get()
total += K34().get()
total += K35().get()
total += K36().get()
total += K37().get()
total += K38().get()
total += K39().get()
total += K40().get()
total += K41().get()
total += K42().get()
total += K43().get()
total += K44().get()
total += K45().get()
total += K46().get()
total += K47().get()
total += K48().get()
total += K49().get()
total += K50().get()
total += K51().get()
total += K52().get()
total += K53().get()
total += K54().get()
total += K55().get()
total += K56().get()
total += K57().get()
total += K58().get()
total += K59().get()
total += K60().get()
total += K61().get()
total += K62().get()
total += K63().get()
total += K64().get()
total += K65().get()
total += K66().get()
total += K67().get()
total += K68().get()
total += K69().get()
total += K70().get()
total += K71().get()
total += K72().get()
total += K73().get()
total += K74().get()
total += K75().get()
total += K76().get()
total += K77().get()
total += K78().get()
total += K79().get()
total += K80().get()
total += K81().get()
total += K82().get()
total += K83().get()
total += K84().get()
total += K85().get()
total += K86().get()
total += K87().get()
total += K88().get()
total += K89().get()
total += K90().get()
total += K91().get()
total += K92().get()
total += K93().get()
total += K94().get()
total += K95().get()
total += K96().get()
total += K97().get()
total += K98().get()
total += K99().get()
total += K100().get()
total += K101().get()
total += K102().get()
total += K103().get()
total += K104().get()
total += K105().get()
total += K106().get()
total += K107().get()
total += K108().get()
total += K109().get()
total += K110().get()
total += K111().get()
total += K112().get()
total += K113().get()
total += K114().get()
total += K115().get()
total += K116().get()
total += K117().get()
total += K118().get()
total += K119().get()
total += K120().get()
total += K121().get()
total += K122().get()
total += K123().get()
total += K124().get()
total += K125().get()
total += K126().get()
total += K127().get()
total += K128().get()
total += K129().get()
total += K130().get()
total += K131().get()
total += K132().get()
total += K133().get()
total += K134().get()
total += K135().get()
total += K136().get()
total += K137().get()
total += K138().get()
total += K139().get()
total += K140().get()
total += K141().get()
total += K142().get()
total += K143().get()
total += K144().get()
total += K145().get()
total += K146().get()
total += K147().get()
total += K148().get()
total += K149().get()
total += K150().get()
total += K151().get()
total += K152().get()
total += K153().get()
total += K154().get()
total += K155().get()
total += K156().get()
total += K157().get()
total += K158().get()
total += K159().get()
total += K160().get()
total += K161().get()
total += K162().get()
total += K163().get()
total += K164().get()
total += K165().get()
total += K166().get()
total += K167().get()
total += K168().get()
total += K169().get()
total += K170().get()
total += K171().get()
total += K172().get()
total += K173().get()
total += K174().get()
total += K175().get()
total += K176().get()
total += K177().get()
total += K178().get()
total += K179().get()
total += K180().get()
total += K181().get()
total += K182().get()
total += K183().get()
total += K184().get()
total += K185().get()
total += K186().get()
total += K187().get()
total += K188().get()
total += K189().get()
total += K190().get()
total += K191().get()
total += K192().get()
total += K193().get()
total += K194().get()
total += K195().get()
total += K196().get()
total += K197().get()
total += K198().get()
total += K199().get()
total += K200().get()
total += K201().get()
total += K202().get()
total += K203().get()
total += K204().get()
total += K205().get()
total += K206().get()
total += K207().get()
total += K208().get()
total += K209().get()
total += K210().get()
total += K211().get()
total += K212().get()
total += K213().get()
total += K214().get()
total += K215().get()
total += K216().get()
total += K217().get()
total += K218().get()
total += K219().get()
total += K220().get()
total += K221().get()
total += K222().get()
total += K223().get()
total += K224().get()
total += K225().get()
total += K226().get()
total += K227().get()
total += K228().get()
total += K229().get()
total += K230().get()
total += K231().get()
total += K232().get()
total += K233().get()
total += K234().get()
total += K235().get()
total += K236().get()
total += K237().get()
total += K238().get()
total += K239().get()
total += K240().get()
total += K241().get()
total += K242().get()
total += K243().get()
total += K244().get()
total += K245().get()
total += K246().get()
total += K247().get()
total += K248().get()
total += K249().get()
total += K250().get()
total += K251().get()
total += K252().get()
total += K253().get()
total += K254().get()
total += K255().get()
total += K256().get()
total += K257().get()
total += K258().get()
total += K259().get()
total += K260().get()
total += K261().get()
total += K262().get()
total += K263().get()
total += K264().get()
total += K265().get()
total += K266().get()
total += K267().get()
total += K268().get()
total += K269().get()
total += K270().get()
total += K271().get()
total += K272().get()
total += K273().get()
total += K274().get()
total += K275().get()
total += K276().get()
total += K277().get()
total += K278().get()
total += K279().get()
total += K280().get()
total += K281().get()
total += K282().get()
total += K283().get()
total += K284().get()
total += K285().get()
total += K286().get()
total += K287().get()
total += K288().get()
total += K289().get()
total += K290().get()
total += K291().get()
total += K292().get()
total += K293().get()
total += K294().get()
total += K295().get()
total += K296().get()
total += K297().get()
total += K298().get()
total += K299().get()
print(total, K0(), [K299()], K150().get())
