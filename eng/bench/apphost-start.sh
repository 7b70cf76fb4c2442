#!/usr/bin/env bash
# AppHost start-up for eng/bench.sh: prints "APPHOST healthy SECONDS note" and "APPHOST targets SECONDS note",
# or "-" and the reason it was not measured.
echo "APPHOST healthy - not measured (AppHost not on Aspire yet)"
echo "APPHOST targets - not measured (AppHost not on Aspire yet)"
