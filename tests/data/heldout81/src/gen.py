#!/usr/bin/env python3
"""Generates heldout81 feeds, labels.tsv and categories.tsv from entries.txt.
The reading list of a Warsaw tabloid and portal editor (Polish, Ukrainian,
English), January-March 2046.  Run from anywhere: python3 src/gen.py (paths
are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bl': ('gazeta-blysk.xml', 'rss2', 'Gazeta Błysk — Świat i kraj', 'https://www.blysk.example', 1, 'pl', 'UTF-8'),
 'ws': ('wieczor-stolicy.xml', 'rss2', 'Wieczór Stolicy - Wiadomości', 'https://www.wieczorstolicy.example', 1, 'pl', 'ISO-8859-2'),
 'nc': ('naczasie-portal.xml', 'atom', 'NaCzasie.pl — Najważniejsze', 'https://naczasie.example', 1, 'pl', 'utf-8'),
 'hz': ('horyzont24-tv.xml', 'rss1', 'Horyzont24 — serwis telewizyjny', 'https://horyzont24.example', 1, 'pl', 'utf-8'),
 'wa': ('wislana-agencja-prasowa.xml', 'atom', 'Wiślana Agencja Prasowa — serwis ogólny', 'https://wap.example', 1, 'pl', 'utf-8'),
 'dr': ('depesza-redakcji.json', 'json', 'Depesza Redakcji — poranny newsletter Iwony Sadlak', 'https://depeszaredakcji.example', 1, 'pl', 'utf-8'),
 'rw': ('radio-warszawa-centrum-podcast.xml', 'pod', 'Radio Warszawa Centrum — Rozmowa dnia (podcast)', 'https://rwc.example', 1, 'pl', 'UTF-8'),
 'kv': ('kyivskyi-visnyk.xml', 'rss2', 'Київський вісник — Новини', 'https://kyivskyivisnyk.example', 2, 'uk', 'UTF-8'),
 'lb': ('lvivska-brama.xml', 'rss1', 'Львівська брама — Політика', 'https://lvivskabrama.example', 2, 'uk', 'windows-1251'),
 'vo': ('vistula-observer.xml', 'rss2', 'The Vistula Observer — Poland and the region in English', 'https://www.vistulaobserver.example', 1, 'en', 'UTF-8'),
 'ml': ('meridian-ledger.xml', 'atom', 'The Meridian Ledger — World', 'https://www.meridianledger.example', 0, 'en-gb', 'utf-8'),
 'hp': ('harbor-post.xml', 'rss1', 'The Harbor Post — World', 'https://www.harborpost.example', -5, 'en-us', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Iwona Sadlak')
