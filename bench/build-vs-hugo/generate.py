#!/usr/bin/env python3
"""Writes a synthetic Hugo site of N posts: Korean and English prose, code blocks, tables, taxonomies.

Usage: generate.py N OUT_DIR [--papermod]   (deterministic: the same N gives the same site)
--papermod adds what a PaperMod blog has: theme = "PaperMod" and its usual params, a series taxonomy, covers,
archives and search pages, a JSON home output for the search index. Without it the site is unchanged.
"""
import os
import random
import sys

EN = ("The build reads every page once, renders Markdown in parallel and writes the output in one pass. "
      "Static sites are fast to serve and easy to cache, which is why so many blogs use them. "
      "A good template keeps the markup small and the styles in one file. ").split(" ")
KO = ("정적 사이트는 빠르고 안전합니다. 빌드는 모든 글을 한 번 읽고 병렬로 변환합니다. "
      "한국어 문장과 영어 문장이 섞인 글도 똑같이 처리됩니다. 캐시하기 쉽고 배포도 간단합니다. ").split(" ")
TAGS = [f"tag-{i}" for i in range(40)] + ["자바", "스프링", "쿠버네티스", "블로그", "Hugo"]
CATEGORIES = ["dev", "ops", "life", "notes", "리뷰"]
SECTIONS = ["posts", "notes", "guides", "til", "archive"]


def paragraph(rng, words):
    pool = KO if rng.random() < 0.5 else EN
    return " ".join(rng.choice(pool) for _ in range(words)).strip() + "."


def body(rng, n):
    parts = [paragraph(rng, 60)]
    if n % 3 == 0:
        parts.append("<!--more-->")
    for h in range(3):
        parts.append(f"## Section {h} 제목 {n}")
        parts.append(paragraph(rng, 80))
        parts.append(paragraph(rng, 50))
    parts.append("```java\npublic class Post%d {\n    public static void main(String[] args) {\n"
                 "        System.out.println(\"hello %d\");\n    }\n}\n```" % (n, n))
    parts.append("| key | value | 설명 |\n|---|---|---|\n" +
                 "\n".join(f"| k{i} | {i * n} | 값 {i} |" for i in range(5)))
    parts.append(paragraph(rng, 40))
    return "\n\n".join(parts) + "\n"


PAPERMOD_CONFIG = """theme = "PaperMod"
[taxonomies]
tag = "tags"
category = "categories"
series = "series"
[outputs]
home = ["HTML", "RSS", "JSON"]
[params]
env = "production"
description = "A generated PaperMod blog"
author = "Bench"
ShowReadingTime = true
ShowWordCount = true
ShowBreadCrumbs = true
ShowCodeCopyButtons = true
ShowPostNavLinks = true
ShowShareButtons = true
ShowToc = true
[params.homeInfoParams]
Title = "Bench 블로그"
Content = "Korean and English posts"
[[params.socialIcons]]
name = "github"
url = "https://github.com/"
[[menu.main]]
name = "Archives"
url = "/archives/"
weight = 1
[[menu.main]]
name = "Search"
url = "/search/"
weight = 2
[[menu.main]]
name = "Tags"
url = "/tags/"
weight = 3
"""


def papermod_front_matter(n):
    """Series and covers from the post number alone, so the random stream (and the plain site) stays the same."""
    extra = f'series: ["series-{n // 7 % 30}"]\n' if n % 3 == 0 else ""
    if n % 5 == 0:
        extra += f'cover:\n  image: "/images/cover-{n % 4}.png"\n  alt: "Cover {n}"\n'
    return extra


def write_papermod_pages(out):
    with open(os.path.join(out, "content", "archives.md"), "w", encoding="utf-8") as f:
        f.write('---\ntitle: "Archive"\nlayout: "archives"\nurl: "/archives/"\nsummary: "archives"\n---\n')
    with open(os.path.join(out, "content", "search.md"), "w", encoding="utf-8") as f:
        f.write('---\ntitle: "Search"\nlayout: "search"\nsummary: "search"\nplaceholder: "검색"\n---\n')


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    papermod = "--papermod" in sys.argv[3:]
    rng = random.Random(count)
    os.makedirs(os.path.join(out, "content"), exist_ok=True)
    with open(os.path.join(out, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write('baseURL = "https://bench.example.org/"\ntitle = "Bench"\nlanguageCode = "en"\n'
                'paginate = 10\nhasCJKLanguage = true\n')
        f.write(PAPERMOD_CONFIG if papermod else '[taxonomies]\ntag = "tags"\ncategory = "categories"\n')
    if papermod:
        write_papermod_pages(out)
    for n in range(count):
        section = SECTIONS[n % len(SECTIONS)]
        os.makedirs(os.path.join(out, "content", section), exist_ok=True)
        tags = rng.sample(TAGS, 3)
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        year = 2015 + (n // 336) % 10
        with open(os.path.join(out, "content", section, f"post-{n:05d}.md"), "w", encoding="utf-8") as f:
            f.write(f'---\ntitle: "Post {n} 글 {n}"\ndate: {year}-{month:02d}-{day:02d}T10:{n % 60:02d}:00Z\n'
                    f'tags: [{", ".join(repr(t) for t in tags)}]\ncategories: ["{rng.choice(CATEGORIES)}"]\n'
                    + (papermod_front_matter(n) if papermod else "") + '---\n')
            f.write(body(rng, n))


if __name__ == "__main__":
    main()
