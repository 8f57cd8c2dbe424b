"""The datasketch peer of news-dedup's speed benchmark (BenchMain --datasketch PYTHON).

Reads article texts (one JSON string per line) from the file given as the first argument and
computes, per article, what a datasketch user computes: whitespace tokens, k-word shingles,
UTF-8 bytes, MinHash(num_perm) with update_batch (the vectorized update; permutations are
created once and shared, as datasketch recommends for many sketches). Only that work is timed:
the texts are in memory first. Prints one JSON object on stdout.

Usage: python3 datasketch_peer.py TEXTS.jsonl K NUM_PERM ROUNDS
Needs datasketch (pip install datasketch) and numpy.
"""

import json
import sys
import time


def main():
    path, k, num_perm, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    import datasketch
    from datasketch import MinHash

    # "0.0.0" when datasketch runs from a source checkout without package metadata.
    ds_version = getattr(datasketch, "__version__", "unknown")
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line) for line in f if line.strip()]
    permutations = MinHash(num_perm=num_perm, seed=1).permutations

    def sketch(text):
        tokens = text.split()
        if len(tokens) < k:
            shingles = [" ".join(tokens).encode("utf-8")]
        else:
            shingles = [
                " ".join(tokens[i : i + k]).encode("utf-8") for i in range(len(tokens) - k + 1)
            ]
        m = MinHash(num_perm=num_perm, seed=1, permutations=permutations)
        m.update_batch(shingles)
        return int(m.hashvalues[0])

    sink = 0
    for text in texts[: min(len(texts), 200)]:  # warm-up
        sink ^= sketch(text)
    best = None
    for _ in range(rounds):
        t0 = time.perf_counter_ns()
        for text in texts:
            sink ^= sketch(text)
        t1 = time.perf_counter_ns()
        best = t1 - t0 if best is None else min(best, t1 - t0)
    print(
        json.dumps(
            {
                "peer": "datasketch",
                "version": ds_version,
                "python": sys.version.split()[0],
                "articles": len(texts),
                "nanos": best,
                "checksum": sink,
            }
        )
    )


if __name__ == "__main__":
    main()
