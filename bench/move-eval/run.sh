#!/usr/bin/env bash
# recall@10 and mover-mass@10 of Ladder's moves against observed occupation changes (CPS, tuning half), beside the
# popularity baseline in the same run, on a fit part and a report part of the origins; and recall@10 against O*NET's
# related occupations. --fit rewrites data/models/moves.json. Pass --db PATH to reuse an imported catalog.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release bench/move-eval/MoveEval.csproj -nologo -v q
dotnet artifacts/bin/MoveEval/release/MoveEval.dll "$@"
