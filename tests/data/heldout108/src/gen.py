#!/usr/bin/env python3
"""Generates heldout108 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bw': ('bellmoor-wire.xml', 'atom', 'Bellmoor Wire — World service', 'https://bellmoorwire.example', 0, 'en', 'utf-8'),
 'tl': ('tidewater-ledger.xml', 'rss2', 'The Tidewater Ledger — World & Opinion', 'https://www.tidewaterledger.example', -4, 'en-us', 'UTF-8'),
 'da': ('the-day-after-podcast.xml', 'pod', 'The Day After — a podcast on how wars end', 'https://thedayafter-pod.example', 0, 'en', 'UTF-8'),
 'cl': ('centinela-de-levante.xml', 'rss2', 'El Centinela de Levante — Internacional', 'https://www.centineladelevante.example', 2, 'es', 'UTF-8'),
 'ra': ('radar-austral.json', 'json', 'Radar Austral — el boletín internacional de la mañana', 'https://radaraustral.example', -3, 'es', 'utf-8'),
 'gw': ('gazeta-wislana.xml', 'rss2', 'Gazeta Wiślana — Świat i Polska', 'https://www.gazetawislana.example', 2, 'pl', 'windows-1250'),
 'wf': ('wschodnia-flanka.xml', 'atom', 'Wschodnia Flanka — portal o bezpieczeństwie', 'https://wschodniaflanka.example', 2, 'pl', 'utf-8'),
 'rb': ('rheinblick.xml', 'rss1', 'Rheinblick — Politik und Ausland', 'https://www.rheinblick.example', 2, 'de', 'utf-8'),
 'vg': ('la-vigie.xml', 'atom', 'La Vigie — International', 'https://www.lavigie.example', 2, 'fr', 'utf-8'),
 'fa': ('faro-adriatico.xml', 'rss2', 'Il Faro Adriatico — Esteri', 'https://www.faroadriatico.example', 2, 'it', 'UTF-8'),
 'dz': ('dzvin.xml', 'rss2', 'Дзвін — Новини', 'https://dzvin-news.example', 3, 'uk', 'UTF-8'),
 'nb': ('nevsky-byulleten.xml', 'rss1', 'Невский бюллетень — Политика', 'https://nevsky-byulleten.example', 3, 'ru', 'utf-8'),
 'at': ('atlantico-semanal.json', 'json', 'Atlântico Semanal — Mundo', 'https://atlanticosemanal.example', 1, 'pt', 'utf-8'),
 'sb': ('oostwaarts-podcast.xml', 'pod', 'Oostwaarts — de podcast over Oost-Europa', 'https://oostwaarts.example', 2, 'nl', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Redacción')
