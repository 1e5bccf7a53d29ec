#!/usr/bin/env python3
"""Generates heldout66 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Warsaw-Vilnius-Kyiv think-tank network, April-June
2042: Polish, Lithuanian, Ukrainian and English outlets. The Polish daily is
written in ISO-8859-2 (characters outside it, such as typographic quotes,
become character references) and the Podolian weekly in windows-1251."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ew': ('eastern-wire.xml', 'atom', 'Eastern Wire — Europe desk', 'https://easternwire.example', 0, 'en', 'utf-8'),
 'nd': ('narew-dispatch.xml', 'rss2', 'The Narew Dispatch — commentary from the Warsaw-Vilnius-Kyiv network', 'https://narewdispatch.example', 2, 'en', 'UTF-8'),
 'vn': ('vilnius-notebook.json', 'json', 'The Vilnius Notebook — a weekly letter by Rūta Jaskaitė', 'https://vilniusnotebook.example', 3, 'en', 'utf-8'),
 'gn': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska — Świat', 'https://gazetanadwislanska.example', 2, 'pl', 'ISO-8859-2'),
 'pw': ('przeglad-wschodni.xml', 'atom', 'Przegląd Wschodni — analizy', 'https://przegladwschodni.example', 2, 'pl', 'utf-8'),
 'rm': ('radio-mazowsze-info.xml', 'rss1', 'Radio Mazowsze Info — serwis', 'https://radiomazowsze.example', 2, 'pl', 'utf-8'),
 'nz': ('nemuno-zinios.xml', 'rss2', 'Nemuno žinios — Pasaulis', 'https://nemunozinios.example', 3, 'lt', 'UTF-8'),
 'nk': ('neries-kronika.xml', 'atom', 'Neries kronika', 'https://neriskronika.example', 3, 'lt', 'utf-8'),
 'ba': ('baltijos-apzvalga.xml', 'rss1', 'Baltijos apžvalga — analitika', 'https://baltijosapzvalga.example', 3, 'lt', 'utf-8'),
 'pi': ('polissia-info.xml', 'rss1', 'Полісся-Інфо — стрічка новин', 'https://polissia-info.example', 3, 'uk', 'utf-8'),
 'pv': ('podilskyi-visnyk.xml', 'rss2', 'Подільський вісник — Україна і світ', 'https://podilskyi-visnyk.example', 3, 'uk', 'windows-1251'),
 'da': ('dnipro-analityka.xml', 'atom', 'Центр «Дніпро-Аналітика» — коментарі', 'https://dnipro-analityka.example', 3, 'uk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Rūta Jaskaitė', errors='xmlcharrefreplace')
