#!/usr/bin/env python3
"""Generates heldout71 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Reading list of a Chicago Ukrainian-diaspora newsletter, July-September 2043."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# US summer time: Chicago and Houston -5 (CDT), Cleveland and Philadelphia -4 (EDT).
FEEDS = {
 'lt': ('lakeshore-tribune.xml', 'rss2', 'The Lakeshore Tribune — Nation & World', 'https://www.lakeshoretribune.example', -5, 'en-us', 'UTF-8'),
 'pl': ('prairie-ledger.xml', 'atom', 'The Prairie Ledger (Peoria) — World', 'https://www.prairieledger.example', -5, 'en-us', 'utf-8'),
 'tv': ('wkcw-channel-7-transcripts.xml', 'rss1', 'WKCW Channel 7 Chicago — News transcripts', 'https://www.wkcw7.example', -5, 'en-us', 'utf-8'),
 'ov': ('ohio-valley-courier.xml', 'rss2', 'Ohio Valley Courier — National/World', 'https://www.ohiovalleycourier.example', -4, 'en-us', 'UTF-8'),
 'kw': ('keel-wire.xml', 'atom', 'Keel Wire — World service', 'https://keelwire.example', 0, 'en', 'utf-8'),
 'ds': ('across-the-dnipro.json', 'json', 'Across the Dnipro — a newsletter by Halyna Moroz', 'https://acrossthednipro.example', -5, 'en', 'utf-8'),
 'gp': ('great-lakes-public-radio-borderlands.xml', 'pod', 'Great Lakes Public Radio — Borderlands (podcast)', 'https://glpr.example', -5, 'en', 'UTF-8'),
 'hc': ('hromada-chicago.xml', 'rss2', 'Громада Чикаго — Новини', 'https://hromadachicago.example', -5, 'uk', 'windows-1251'),
 'vm': ('visti-z-nad-michiganu.xml', 'atom', 'Вісті з-над Мічигану', 'https://vistimichigan.example', -5, 'uk', 'utf-8'),
 'nd': ('novyi-dnipro-filadelfiia.xml', 'rss1', 'Новий Дніпро (Філадельфія) — Україна і світ', 'https://novyidnipro.example', -4, 'uk', 'utf-8'),
 'hl': ('el-heraldo-del-lago.xml', 'rss2', 'El Heraldo del Lago: Mundo', 'https://www.heraldodellago.example', -5, 'es', 'ISO-8859-15'),
 'nc': ('noticias-canal-44-houston.xml', 'atom', 'Noticias Canal 44 Houston — Internacional', 'https://www.canal44houston.example', -5, 'es', 'utf-8'),
 'vo': ('la-voz-del-medio-oeste.xml', 'rss1', 'La Voz del Medio Oeste — Internacional', 'https://www.lavozmedioeste.example', -5, 'es', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Halyna Moroz')
