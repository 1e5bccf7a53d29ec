#!/usr/bin/env python3
"""Generates heldout87 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Brussels Benelux desk, July-September 2047: Dutch
(Netherlands and Flanders), French (Wallonia), English and Ukrainian outlets."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'nb': ('de-binnenhofbode.xml', 'rss2', 'De Binnenhofbode — Politiek en buitenland', 'https://www.binnenhofbode.example', 2, 'nl-nl', 'UTF-8'),
 'sk': ('de-scheldekoerier.xml', 'atom', 'De Scheldekoerier - Binnenland en wereld', 'https://www.scheldekoerier.example', 2, 'nl-be', 'ISO-8859-15'),
 'vr': ('vrn-nieuws.xml', 'rss1', 'VRN Nieuws — Vlaamse Radio Noord', 'https://nieuws.vrn.example', 2, 'nl-be', 'utf-8'),
 'pd': ('het-kamerbriefje.json', 'json', 'Het Kamerbriefje — nieuwsbrief over de Tweede Kamer', 'https://kamerbriefje.example', 2, 'nl', 'utf-8'),
 'lm': ('le-matin-de-meuse.xml', 'rss2', 'Le Matin de Meuse — Belgique et monde', 'https://www.matindemeuse.example', 2, 'fr-be', 'UTF-8'),
 'ts': ('la-tribune-de-sambre.xml', 'rss1', 'La Tribune de Sambre — Actualité', 'https://www.tribunedesambre.example', 2, 'fr-be', 'utf-8'),
 'eq': ('europa-quarter-post.xml', 'atom', 'Europa Quarter Post — Brussels and Europe', 'https://www.europaquarterpost.example', 2, 'en', 'utf-8'),
 'tc': ('tervuren-centre-commentary.xml', 'atom', 'Tervuren Centre for Defence Studies — Commentary', 'https://tervurencentre.example', 2, 'en', 'utf-8'),
 'ln': ('low-countries-newswire.xml', 'rss2', 'Low Countries Newswire — EN/NL service', 'https://lowcountrieswire.example', 0, 'mul', 'UTF-8'),
 'bb': ('benelux-brief-podcast.xml', 'pod', 'The Benelux Brief (podcast)', 'https://beneluxbrief.example', 2, 'en', 'UTF-8'),
 'kp': ('podilskyi-kurier.xml', 'rss2', 'Подільський кур\'єр — Новини', 'https://podilskyi-kurier.example', 3, 'uk', 'windows-1251'),
 'dv': ('dniprovyi-visnyk.xml', 'rss1', 'Дніпровий вісник — Україна і світ', 'https://dniprovyi-visnyk.example', 3, 'uk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Femke Zandbergen')
