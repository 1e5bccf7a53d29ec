#!/usr/bin/env python3
"""Generates heldout88 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
heldout88: a Budapest-Bucharest correspondent's reading list (Hungarian,
Romanian, Slovak and English outlets), October-December 2047."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bc': ('budapest-courier.xml', 'rss2', 'The Budapest Courier — Region', 'https://www.budapestcourier.example', 1, 'en', 'UTF-8'),
 'bl': ('bucharest-ledger.xml', 'atom', 'Bucharest Ledger — Politics & Defence', 'https://bucharestledger.example', 2, 'en', 'utf-8'),
 'dw': ('danube-wire.xml', 'atom', 'Danube Wire — Regional service', 'https://danubewire.example', 0, 'en', 'utf-8'),
 'cm': ('carpathian-monitor.xml', 'rss1', 'Carpathian Monitor — Analysis', 'https://carpathianmonitor.example', 1, 'en', 'utf-8'),
 'ef': ('east-flank-letter.json', 'json', 'East Flank Letter — a newsletter by Dora Vajk', 'https://eastflankletter.example', 1, 'en', 'utf-8'),
 'pc': ('pontic-corridor-podcast.xml', 'pod', 'Pontic Corridor (podcast)', 'https://ponticcorridor.example', 2, 'en', 'UTF-8'),
 'dl': ('dunai-lap.xml', 'rss2', 'Dunai Lap: Külföld', 'https://dunailap.example', 1, 'hu', 'ISO-8859-2'),
 'pn': ('pesti-naplo.xml', 'atom', 'Pesti Napló — Világ', 'https://pestinaplo.example', 1, 'hu', 'utf-8'),
 'zh': ('ziarul-herastrau.xml', 'rss2', 'Ziarul Herăstrău — Externe', 'https://ziarulherastrau.example', 2, 'ro', 'UTF-8'),
 'cb': ('cronica-baraganului.xml', 'rss1', 'Cronica Bărăganului — Apărare', 'https://cronicabaraganului.example', 2, 'ro', 'utf-8'),
 'bn': ('bratislavske-noviny.xml', 'atom', 'Bratislavské noviny — Zahraničie', 'https://bratislavskenoviny.example', 1, 'sk', 'windows-1250'),
 'tv': ('tatransky-vecernik.xml', 'rss1', 'Tatranský večerník — Svet', 'https://tatranskyvecernik.example', 1, 'sk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Dora Vajk')
