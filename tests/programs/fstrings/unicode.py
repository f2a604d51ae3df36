# f-strings with non-ASCII literal text and values.
name = "José"
city = "東京"
print(f"{name} lives in {city} ({len(city)} chars)")
print(f"→ {name * 2} ←", f"✓{1 + 1}✓")
temp = -3.5
print(f"température: {temp}°C")
print(f"😀{city}😀 {len(f'😀{city}😀')}")
