#!/usr/bin/env bash
# FitScope's one entry point for a fresh Debian 12 machine:
#   ./fitscope.sh run    install missing packages, build, launch the GUI on the default scenario
#   ./fitscope.sh test   install missing packages, build, run the whole test suite through CTest
# Run as root, or as a user with sudo (used only for apt-get).
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(build-essential cmake ninja-build file pkg-config
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
          libqcustomplot-dev nlohmann-json3-dev libeigen3-dev
          xvfb xauth desktop-file-utils appstream
          clang libclang-rt-14-dev ccache)

# Each step says how long the script has run, so a CI log shows where its time goes.
log() { printf '\033[1m==> [%dm%02ds] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "fitscope.sh: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    log "Configuring (preset $preset)"
    cmake --preset "$preset" >/dev/null
    log "Building (preset $preset)"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

run_tests() {
    build default
    log "Running the test suite"
    ctest --preset default --parallel "$(nproc)"
    if [ -n "${CI:-}" ] || [ "${FITSCOPE_FULL_TESTS:-0}" = 1 ]; then
        # CI also runs core and the CLI under AddressSanitizer and UndefinedBehaviorSanitizer: the engine
        # and every reader of untrusted input (model files, configs, logs, hub answers). The GUI is not
        # rebuilt a second time; its tests run in the default build above.
        build asan
        log "Running the test suite under ASan/UBSan"
        ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --preset asan --parallel "$(nproc)"
        check_package
    fi
}

# Builds the Debian package, installs it the way a user would and runs both programs from /usr.
check_package() {
    log "Building the Debian package"
    rm -rf build/package
    (cd build && cpack -G DEB -B package >/dev/null)
    local deb
    deb=$(ls build/package/fitscope_*.deb)
    log "Installing $deb"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
    /usr/bin/fitscope-cli --version
    local shot
    shot=$(mktemp --suffix=.png)
    QT_QPA_PLATFORM=offscreen /usr/bin/fitscope --screenshot "$shot"
    [ -s "$shot" ] || { echo "fitscope --screenshot wrote nothing" >&2; exit 1; }
    log "Installed package works: $(du -h "$shot" | cut -f1) screenshot"
    rm -f "$shot"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq fitscope >/dev/null
    log "Done"
}

case "${1:-}" in
run)
    install_packages
    build default
    shift
    log "Starting FitScope (Llama-2-13B on an A10G, 4096 tokens)"
    exec ./build/bin/fitscope "$@"
    ;;
test)
    install_packages
    run_tests
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
