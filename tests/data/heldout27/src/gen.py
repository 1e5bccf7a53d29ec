#!/usr/bin/env python3
"""Generates heldout27 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Legacy-encoded feeds (windows-1251, ISO-8859-2, ISO-8859-15) write characters
outside their code page (dashes, typographic quotes) as XML character references."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours in July-September, lang, encoding)
# A Central-Eastern Europe desk's reading list: Ukrainian, Russian, Czech, Romanian,
# German, Latvian and Estonian outlets, all fictional (.example).
FEEDS = {
 'uw': ('ukrvisti-wire.xml', 'atom', 'Укрвісті — стрічка новин', 'https://ukrvisti.example', 3, 'uk', 'utf-8'),
 'kp': ('kyivska-panorama.xml', 'rss2', 'Київська панорама — Політика', 'https://kyivskapanorama.example', 3, 'uk', 'UTF-8'),
 'tg': ('okopna-pravda.json', 'json', 'Окопна правда — канал', 'https://okopnapravda.example', 3, 'uk', 'utf-8'),
 'tv': ('svitanok-tv-transcripts.xml', 'rss1', 'Телеканал «Світанок» — стенограми ефірів', 'https://svitanok.example', 3, 'uk', 'utf-8'),
 'kr': ('kremlevsky-vestnik.xml', 'rss2', 'Кремлёвский вестник — заявления и стенограммы', 'https://kremlevsky-vestnik.example', 3, 'ru', 'UTF-8'),
 'sk': ('severny-kurier.xml', 'rss2', 'Северный курьер — Политика', 'https://severny-kurier.example', 3, 'ru', 'windows-1251'),
 'ix': ('interexpress.xml', 'atom', 'Интерэкспресс — лента новостей', 'https://interexpress.example', 3, 'ru', 'utf-8'),
 'vd': ('vltavsky-denik.xml', 'rss1', 'Vltavský deník — Zahraničí', 'https://www.vltavskydenik.example', 2, 'cs', 'ISO-8859-2'),
 'ct': ('tv-morava-prepisy.xml', 'rss2', 'TV Morava — přepisy pořadů', 'https://tvmorava.example', 2, 'cs', 'UTF-8'),
 'gd': ('gazeta-dunarii.xml', 'atom', 'Gazeta Dunării — Externe', 'https://gazetadunarii.example', 3, 'ro', 'utf-8'),
 'na': ('nordpresse-agentur.xml', 'atom', 'Nordpresse Agentur (NPA) — Ausland', 'https://nordpresse.example', 2, 'de', 'utf-8'),
 'ek': ('elbkurier.xml', 'rss2', 'Elbkurier — Politik', 'https://www.elbkurier.example', 2, 'de', 'UTF-8'),
 'dv': ('daugavas-vestis.xml', 'rss1', 'Daugavas Vēstis — Pasaulē', 'https://daugavasvestis.example', 3, 'lv', 'utf-8'),
 'ep': ('emajoe-paevaleht.xml', 'rss2', 'Emajõe Päevaleht — Välismaa', 'https://emajoe.example', 3, 'et', 'ISO-8859-15'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Окопна правда', errors='xmlcharrefreplace')
