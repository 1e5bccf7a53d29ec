#!/usr/bin/env python3
"""Generates heldout29 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Twelve fictional Black Sea outlets (FEEDS below); the Greek feed is written in
ISO-8859-7 and the Bulgarian one in windows-1251, strictly, as each declares."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bsr': ('black-sea-register.xml', 'rss2', 'The Black Sea Register — News & Analysis', 'https://www.blacksearegister.example', 0, 'en-gb', 'UTF-8'),
 'ew': ('euxine-wire.xml', 'atom', 'Euxine Wire — World service', 'https://euxinewire.example', 0, 'en', 'utf-8'),
 'mc': ('maritime-courier.xml', 'rss1', 'Maritime Courier — Shipping, Ports & Insurance', 'https://www.maritimecourier.example', 0, 'en', 'utf-8'),
 'kd': ('kura-dispatch.xml', 'rss1', 'Kura Dispatch (Tbilisi) — Region', 'https://kuradispatch.example', 4, 'en', 'utf-8'),
 'psf': ('pontic-strategy-forum.xml', 'atom', 'Pontic Strategy Forum — Commentary', 'https://ponticforum.example', 0, 'en', 'utf-8'),
 'ss': ('straits-and-shoals.json', 'json', 'Straits & Shoals — a Black Sea newsletter by Dara Penhaligon', 'https://straitsandshoals.example', 2, 'en', 'utf-8'),
 'dw': ('deep-water-briefing.xml', 'pod', 'Deep Water Briefing (podcast)', 'https://deepwaterbriefing.example', 0, 'en', 'UTF-8'),
 'kp': ('karadeniz-postasi.xml', 'atom', 'Karadeniz Postası — Dünya', 'https://karadenizpostasi.example', 3, 'tr', 'utf-8'),
 'ta': ('thermaikos-antapokritis.xml', 'rss1', 'Ο Θερμαϊκός Ανταποκριτής - Κόσμος', 'https://thermaikos.example', 2, 'el', 'ISO-8859-7'),
 'vf': ('varnenski-far.xml', 'rss2', 'Варненски фар — Свят', 'https://varnenskifar.example', 2, 'bg', 'windows-1251'),
 'fd': ('farul-dobrogei.xml', 'atom', 'Farul Dobrogei — Internațional', 'https://faruldobrogei.example', 2, 'ro', 'utf-8'),
 'op': ('odeskyi-prychal.xml', 'rss2', 'Одеський причал — Новини', 'https://odeskyiprychal.example', 2, 'uk', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Dara Penhaligon')
