#!/usr/bin/env python3
"""Generates heldout94 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Viewpoint: the reading list of a Sofia news site (Bulgarian, Romanian and
English outlets), April-June 2049; all outlets are fictional (.example)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'dn': ('dneven-nablyudatel.xml', 'rss2', 'Дневен наблюдател — Свят', 'https://dnevennabludatel.example', 3, 'bg', 'UTF-8'),
 'ss': ('sofiyski-sedmichnik.xml', 'rss1', 'Софийски седмичник — Политика', 'https://sofiyski-sedmichnik.example', 3, 'bg', 'windows-1251'),
 'bt': ('biznes-tribuna.xml', 'atom', 'Бизнес трибуна — Икономика и политика', 'https://biznestribuna.example', 3, 'bg', 'utf-8'),
 'cv': ('chernomorski-vestnik.xml', 'rss2', 'Черноморски вестник — Варна и региона', 'https://chernomorskivestnik.example', 3, 'bg', 'UTF-8'),
 'pr': ('parlamenten-reporter.xml', 'atom', 'Парламентарен репортер', 'https://parlamentarenreporter.example', 3, 'bg', 'utf-8'),
 'av': ('agentsiya-vitosha.xml', 'rss2', 'Агенция „Витоша“ — Новини', 'https://agentsiyavitosha.example', 3, 'bg', 'UTF-8'),
 'ad': ('adevarul-dunarii.xml', 'rss2', 'Adevărul Dunării — Extern', 'https://adevaruldunarii.example', 3, 'ro', 'UTF-8'),
 'zc': ('ziarul-constanta.xml', 'rss1', 'Ziarul Constanța — Marea Neagră', 'https://ziarulconstanta.example', 3, 'ro', 'utf-8'),
 'ro': ('revista-opinia.xml', 'atom', 'Revista Opinia — Analize', 'https://revistaopinia.example', 3, 'ro', 'utf-8'),
 'bw': ('balkan-wire.xml', 'atom', 'Balkan Wire — Regional service', 'https://balkanwire.example', 0, 'en', 'utf-8'),
 'dl': ('danube-ledger.xml', 'rss2', 'The Danube Ledger — Europe', 'https://www.danubeledger.example', 1, 'en-gb', 'UTF-8'),
 'ef': ('eastern-flank.json', 'json', 'Eastern Flank — a newsletter by Mira Tonkova', 'https://easternflank.example', 1, 'en', 'utf-8'),
 'bs': ('black-sea-brief-podcast.xml', 'pod', 'Black Sea Brief (podcast)', 'https://blackseabrief.example', 0, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Mira Tonkova')
