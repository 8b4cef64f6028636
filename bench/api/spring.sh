#!/usr/bin/env bash
# Runs bench/api/run.sh against the reference Spring Boot 3.5 + JPA board WAS (bench/api/spring-was), the API that
# `site api` replaces, so both can be measured on the same machine. Builds the jar when it is missing.
# Usage: bench/api/spring.sh [seconds-per-run] (default 20). Needs Maven (Maven Central) for the first build.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=bench/api/spring-was/target/spring-was.jar
[[ -f $jar ]] || { echo "building $jar"; mvn -q -f bench/api/spring-was/pom.xml package -DskipTests; }
BENCH_TARGET=spring exec bench/api/run.sh "$@"
