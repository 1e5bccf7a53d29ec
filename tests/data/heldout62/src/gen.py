#!/usr/bin/env python3
"""Generates heldout62 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).

heldout62: the reading list of a Milan TV-news desk, April-June 2041
(Italian, Spanish, English and Ukrainian outlets; all fictional, .example).
Il Gazzettino Meneghino is written in ISO-8859-15 and Kyivska Vezha in
windows-1251, each declared in its XML prolog."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ag': ('agenzia-lanterna.xml', 'atom', 'Agenzia Lanterna — Notiziario esteri', 'https://www.agenzialanterna.example', 2, 'it', 'utf-8'),
 'gm': ('gazzettino-meneghino.xml', 'rss2', 'Il Gazzettino Meneghino - Esteri e cronaca', 'https://www.gazzettinomeneghino.example', 2, 'it', 'ISO-8859-15'),
 'tg': ('tg-naviglio-trascrizioni.xml', 'rss1', 'TG Naviglio — Trascrizioni dei telegiornali', 'https://tgnaviglio.example', 2, 'it', 'utf-8'),
 'cd': ('cronache-dalla-camera.xml', 'atom', 'Cronache dalla Camera — Resoconti parlamentari', 'https://cronachedallacamera.example', 2, 'it', 'utf-8'),
 'ra': ('radio-adda-il-mondo-in-30-minuti.xml', 'pod', 'Radio Adda — Il Mondo in 30 minuti (podcast)', 'https://radioadda.example', 2, 'it', 'UTF-8'),
 'af': ('agencia-faro.xml', 'atom', 'Agencia Faro — Internacional', 'https://agenciafaro.example', 2, 'es', 'utf-8'),
 'ep': ('el-puente-de-levante.xml', 'rss2', 'El Puente de Levante — Internacional y Comunitat', 'https://www.elpuentedelevante.example', 2, 'es', 'UTF-8'),
 'la': ('la-atalaya.xml', 'rss1', 'La Atalaya — Diario de Madrid', 'https://www.laatalaya.example', 2, 'es', 'utf-8'),
 'lc': ('lombard-courier.xml', 'atom', 'The Lombard Courier — News from Milan and the world', 'https://www.lombardcourier.example', 2, 'en', 'utf-8'),
 'db': ('dnipro-bridge-review.xml', 'rss1', 'Dnipro Bridge Review — Ukraine in English', 'https://dniprobridge.example', 3, 'en', 'utf-8'),
 'tn': ('truce-notes.json', 'json', 'Truce Notes — a newsletter on the Ukrainian ceasefire by Marta Ferrini', 'https://trucenotes.example', 0, 'en', 'utf-8'),
 'kv': ('kyivska-vezha.xml', 'rss2', 'Київська вежа — Новини', 'https://kyivskavezha.example', 3, 'uk', 'windows-1251'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Marta Ferrini')
