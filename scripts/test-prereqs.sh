#!/bin/sh
# Installs the real OpenSSH server, PuTTY tools, `script` and Chromium the end-to-end tests drive (Debian/Ubuntu, as root).
set -e
missing=""
command -v sshd >/dev/null 2>&1 || [ -x /usr/sbin/sshd ] || missing="$missing openssh-server"
command -v ssh >/dev/null 2>&1 || missing="$missing openssh-client"
command -v puttygen >/dev/null 2>&1 || missing="$missing putty-tools"
command -v pkill >/dev/null 2>&1 || missing="$missing procps"
# `script` gives collect --interactive its terminal in the tests (Essential on Debian, not on slim images).
command -v script >/dev/null 2>&1 || missing="$missing bsdutils"
# The HTML pages (triage --html, collect --html) are checked in a real headless browser.
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "test prerequisites missing:$missing (run as root, or: sudo apt-get install -y$missing)" >&2
    exit 1
  fi
  echo "installing:$missing" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi
mkdir -p /run/sshd 2>/dev/null || true
