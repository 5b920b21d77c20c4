#!/usr/bin/env bash
# Prints how long one password hash and one password check take with the platform's Argon2id settings (and with
# bcrypt, for comparison): the cost of every sign-in and of every password chosen. Run by hand:
# bench/password-hashing.sh. The figures are for one thread; on a busy machine they grow.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$classpath" >/dev/null
java -cp "$(cat "$classpath")" bench/PasswordHashing.java
