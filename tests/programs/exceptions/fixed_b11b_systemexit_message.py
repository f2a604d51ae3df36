raise SystemExit("fatal problem")
