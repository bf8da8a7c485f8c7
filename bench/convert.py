#!/usr/bin/env python3
"""Convert the shared benchmark corpus into a Paperboy site (untimed step of bench/run.sh).

Usage: convert.py CORPUS_DIR SITE_DIR
CORPUS_DIR/papers/*.md come from ../shared/bench/gen-corpus.py (keys: title, slug, date, digests,
themes, authors_count, upvotes, org, code_url, abstract). SITE_DIR gets content/site.yaml with
the corpus's 12 themes, content/papers/<slug>.md in Paperboy's front-matter format and one
content/digests/<date>.md per digest date listing its papers in corpus order.

The corpus has no identifiers or author names, which real imported papers carry and every paper
page shows; so that the benchmark renders them too, each paper gets a synthetic arXiv id made
from its corpus index, and authors_count made-up names (with
PAPERBOY_BENCH_IDS=0, neither: the corpus as builds before these keys read it). The corpus's
authors_count averages about 20; with PAPERBOY_BENCH_AUTHORS=DIR each paper instead gets as many
names as a paper of the Hugging Face days saved in DIR/*.json (e.g. ../shared/listings/hf-api, 13.5
on average), picked by its corpus index.
"""
import json
import os
import re
import shutil
import sys


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


SURNAMES = ["Chen", "Müller", "García", "Okafor", "Tanaka", "Smith", "O'Brien", "Nguyen", "Kowalski", "Rossi"]
GIVEN = ["Ana", "Wei", "Jonas", "Chidi", "Yuki", "Sam", "Maeve", "Linh", "Piotr", "Giulia"]


def identity(index, count):
    """A synthetic arXiv id (YYMM.NNNNN, unique for up to 12 million papers) and `count` author names, both fixed
    by the paper's index."""
    arxiv_id = f"{15 + index // 1_200_000:02d}{1 + index // 100_000 % 12:02d}.{index % 100_000:05d}"
    names = [f"{GIVEN[(index + i) % len(GIVEN)]} {SURNAMES[(index * 7 + i * 3) % len(SURNAMES)]}"
             for i in range(count)]
    return arxiv_id, names


def author_counts(folder):
    """How many authors each paper of the Hugging Face daily-papers days saved in `folder` has, in file order."""
    counts = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            for item in json.load(open(os.path.join(folder, name), encoding="utf-8")):
                authors = len((item.get("paper") or {}).get("authors") or [])
                if authors:
                    counts.append(authors)
    return counts


def front_matter(text):
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4)
    fields = {}
    for line in text[4:end].split("\n"):
        key, _, value = line.partition(": ")
        fields[key] = value
    return fields, text[end + 5:]


def main():
    corpus, site = sys.argv[1], sys.argv[2]
    with_ids = os.environ.get("PAPERBOY_BENCH_IDS", "1") != "0"
    authors_from = os.environ.get("PAPERBOY_BENCH_AUTHORS")
    real_counts = author_counts(authors_from) if authors_from else None
    manifest = json.load(open(os.path.join(corpus, "manifest.json")))
    content = os.path.join(site, "content")
    if os.path.exists(content):
        shutil.rmtree(content)
    for folder in ("papers", "digests", "listings"):
        os.makedirs(os.path.join(content, folder))
    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write("title: Benchmark digest\nbase_url: https://bench.example.org/\nfeed_items: 50\nthemes:\n")
        for name in manifest["themes"]:
            f.write(f"  - slug: {slugify(name)}\n    name: {json.dumps(name)}\n"
                    f"    description: Papers on {name.lower()}.\n    keywords: [{json.dumps(name.lower())}]\n")
    digests = {}
    for name in sorted(os.listdir(os.path.join(corpus, "papers"))):
        fields, body = front_matter(open(os.path.join(corpus, "papers", name)).read())
        slug = json.loads(fields["slug"])
        dates = json.loads(fields["digests"])
        themes = [slugify(t) for t in json.loads(fields["themes"])]
        index = int(slug.rsplit("-", 1)[1])
        out = [f"title: {fields['title']}", f"published: {fields['date']}"]
        if with_ids:
            count = real_counts[index * 7919 % len(real_counts)] if real_counts else int(fields["authors_count"])
            arxiv_id, names = identity(index, count)
            out.append(f"arxiv_id: {json.dumps(arxiv_id)}")
            out.append("authors: [" + ", ".join(json.dumps(name, ensure_ascii=False) for name in names) + "]")
        if "org" in fields:
            org = json.loads(fields["org"])
            out.append(f"organization: {{account: {json.dumps(slugify(org))}, name: {json.dumps(org)}}}")
        else:
            out.append(f"authors_count: {fields['authors_count']}")
        out.append(f"upvotes: {fields['upvotes']}")
        if "code_url" in fields:
            out.append(f"links: [{fields['code_url']}]")
            out.append(f"code_url: {fields['code_url']}")
        out.append("digests: [" + ", ".join(dates) + "]")
        out.append("themes: [" + ", ".join(themes) + "]")
        out.append("draft: false")
        out.append(f"abstract: {fields['abstract']}")
        with open(os.path.join(content, "papers", slug + ".md"), "w", encoding="utf-8") as f:
            f.write("---\n" + "\n".join(out) + "\n---\n" + body)
        for date in dates:
            digests.setdefault(date, []).append((index, slug))
    for date, papers in digests.items():
        with open(os.path.join(content, "digests", date + ".md"), "w") as f:
            f.write("---\npapers:\n" + "".join(f"  - {slug}\n" for _, slug in sorted(papers)) + "---\n")
    print(f"converted {len(os.listdir(os.path.join(content, 'papers')))} papers and {len(digests)} digests into {site}")


main()
