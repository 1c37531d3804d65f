# The compiler of the release build, read by scripts/setup (which installs it) and
# scripts/build-release. A pinned nightly, because only a nightly builds the standard library
# with the app (-Zbuild-std) and makes a panic a plain trap (-Cpanic=immediate-abort): the
# panic machinery and its messages leave the wasm, about 15 KB brotli of each page's first
# download (docs/first-download.md). The trap is shown to the user by web/boot.js. Tests,
# lints and `trunk serve` use the stable toolchain.
RELEASE_TOOLCHAIN=nightly-2026-05-20
