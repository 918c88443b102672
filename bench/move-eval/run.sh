#!/usr/bin/env bash
# recall@10 and mover-mass@10 of Ladder's moves against observed occupation changes (CPS, tuning half), beside the
# popularity baseline in the same run, on a fit part and a report part of the origins; and recall@10 against O*NET's
# related occupations. --fit rewrites data/models/moves.json. Pass --db PATH to reuse an imported catalog.
# --cv N: N fit/report splits, each both ways round, held-out mover-mass mean and spread (--folds K: K-fold instead).
# --experiments [--only NAME]: the columns, regularisation and boosted trees tried beside the shipped model, each by --cv.
# --ceilings: what the product's lists can reach at best on each report half (observed shares, an oracle, in-sample fits).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release bench/move-eval/MoveEval.csproj -nologo -v q
dotnet artifacts/bin/MoveEval/release/MoveEval.dll "$@"
