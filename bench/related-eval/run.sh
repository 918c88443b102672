#!/usr/bin/env bash
# Recall@10 of Ladder's transition score against O*NET's Primary-tier related occupations, the plain-cosine
# baseline in the same run, and an ablation of each term. Pass --db PATH to reuse an imported catalog (imported there
# first when the file does not exist yet).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release bench/related-eval/RelatedEval.csproj -nologo -v q
dotnet artifacts/bin/RelatedEval/release/RelatedEval.dll "$@"
