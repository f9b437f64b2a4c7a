#!/bin/sh
set -e
exec java $JAVA_OPTS "$@"
