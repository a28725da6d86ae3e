#!/usr/bin/env python3
"""Checks of the corpus generator: deterministic, varied, and free of template leftovers.

Run: python3 bench/test_gen_corpus.py
"""

import os
import re
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus  # noqa: E402

SAMPLE = 300


def texts(seed="t", n=SAMPLE):
    out = []
    for i in range(n):
        data = gen_corpus.article_bytes(seed, i)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        out.append(data.decode("utf-8"))
    return out


class GeneratorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.texts = texts()

    def test_same_seed_same_bytes_and_article_independent_of_n(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            self.assertEqual(gen_corpus.main(["40", a, "--seed", "s", "--jobs", "1"]), 0)
            self.assertEqual(gen_corpus.main(["1200", b, "--seed", "s", "--jobs", "2"]), 0)
            for name in sorted(os.listdir(a)):
                with open(os.path.join(a, name), "rb") as fa, open(os.path.join(b, name), "rb") as fb:
                    self.assertEqual(fa.read(), fb.read(), name)
            self.assertEqual(len(os.listdir(b)), 1200)

    def test_other_seed_other_text(self):
        self.assertNotEqual(texts("other", 5), self.texts[:5])

    def test_no_template_leftovers(self):
        for t in self.texts:
            self.assertNotIn("{", t)
            self.assertNotIn("\x00", t)
            self.assertNotIn(",,", t)
            self.assertNotIn(",.", t)
            self.assertIsNone(re.search(r"[?!][,.]", t), t)

    def test_articles_differ(self):
        self.assertEqual(len(set(self.texts)), len(self.texts))
        firsts = {t.splitlines()[0] for t in self.texts}
        self.assertGreater(len(firsts), SAMPLE // 3)

    def test_quotes_in_both_mark_styles_and_shared_across_articles(self):
        curly = sum("\u201c" in t for t in self.texts)
        straight = sum('"' in t for t in self.texts)
        self.assertGreater(curly, SAMPLE // 4)
        self.assertGreater(straight, SAMPLE // 4)
        seen = {}
        for k, t in enumerate(self.texts):
            for q in re.findall(r"[\u201c\"]([^\u201d\"\n]{30,})[\u201d\"]", t):
                seen.setdefault(q.rstrip(",."), set()).add(k)
        shared = [q for q, ks in seen.items() if len(ks) > 1]
        self.assertGreater(len(shared), 50)

    def test_sourcing_figures_and_layout_variety(self):
        joined = "\n".join(self.texts)
        for needle in ["told Reuters", "on condition of anonymity", "At least ", "death toll",
                       "said in a statement", "quoted "]:
            self.assertIn(needle, joined)
        raw = [gen_corpus.article_bytes("t", i) for i in range(SAMPLE)]
        self.assertTrue(any(b"\r\n" in r for r in raw))
        self.assertTrue(any(r.startswith(b"\xef\xbb\xbf") for r in raw))
        self.assertTrue(any(b"\r\n" not in r for r in raw))

    def test_reported_speech_shifts_person(self):
        self.assertEqual(gen_corpus.reported("We have sent my team", True),
                         "they had sent her team")


if __name__ == "__main__":
    unittest.main()
