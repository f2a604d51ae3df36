# kiln: `make demo` builds kiln and compiles an example; `make test` runs every test.
# Both first install missing system packages (scripts/setup).

export LLVM_SYS_221_PREFIX ?= /usr/lib/llvm-22
KILN := target/release/kiln

.PHONY: setup build demo test lint bench clean

setup:
	@scripts/setup

build: setup
	cargo build --release --locked

demo: build
	@mkdir -p target/demo
	$(KILN) build examples/primes.py -o target/demo/primes
	@echo "--- running the standalone executable target/demo/primes:"
	@./target/demo/primes

lint: setup
	cargo fmt --all -- --check
	cargo clippy --release --locked --workspace --all-targets -- -D warnings

test: build lint
	scripts/test

bench: build
	bench/run

clean:
	cargo clean
