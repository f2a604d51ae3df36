# uncaught ValueError with tab, newline, unicode and control characters in the message
raise ValueError("tab\there, nl\nthere, uni é ∑ \x01")
