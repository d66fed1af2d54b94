#!/usr/bin/env bash
# Compiles main and test classes and prints the class path that runs the benchmark mains.
# Sourced by the other bench scripts; run from the repository root.
set -euo pipefail
mvn -q -B -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
echo "target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
