#!/usr/bin/env python3
"""Generates heldout72 feeds, labels.tsv and categories.tsv from entries.txt.
A multilingual wire-flash service (en es pl de fr uk ru it), October-December 2043.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'mf': ('meridian-flash.xml', 'atom', 'Meridian Flash — world urgents', 'https://flash.meridianwire.example', 0, 'en', 'utf-8'),
 'cf': ('capital-flash.xml', 'rss1', 'Capital Flash — breaking world news', 'https://www.capitalflash.example', -5, 'en-us', 'utf-8'),
 'bb': ('briefbell.json', 'json', 'Briefbell — one-line urgents', 'https://briefbell.example', 0, 'en', 'utf-8'),
 'eu': ('eurowire-urgent.xml', 'rss2', 'Eurowire Urgent — multilingual desk', 'https://urgent.eurowire.example', 1, 'mul', 'UTF-8'),
 'aa': ('agencia-austral.xml', 'rss2', 'Agencia Austral — Última hora internacional', 'https://www.agenciaaustral.example', -3, 'es-ar', 'UTF-8'),
 'cs': ('cono-sur-urgente.xml', 'atom', 'Cono Sur Urgente — Mundo', 'https://conosururgente.example', -4, 'es', 'utf-8'),
 'dw': ('depesza-wislana.xml', 'rss2', 'Depesza Wiślana - Z kraju i ze świata', 'https://depeszawislana.example', 1, 'pl', 'ISO-8859-2'),
 'et': ('elbe-ticker.xml', 'rss1', 'Elbe-Ticker - Eilmeldungen Ausland', 'https://www.elbe-ticker.example', 1, 'de', 'ISO-8859-15'),
 'fr': ('flash-rhodanie.xml', 'atom', 'Flash Rhodanie — International', 'https://flash.rhodanie.example', 1, 'fr', 'utf-8'),
 'sp': ('strichka-podillia.xml', 'rss2', 'Стрічка Поділля — Термінові новини', 'https://strichka-podillia.example', 2, 'uk', 'UTF-8'),
 'nt': ('nevsky-telegraf.xml', 'rss2', 'Невский телеграф — Молнии', 'https://nevsky-telegraf.example', 3, 'ru', 'windows-1251'),
 'lt': ('lampo-tirreno.xml', 'rss1', 'Lampo Tirreno - Ultim\'ora dal mondo', 'https://www.lampotirreno.example', 1, 'it', 'ISO-8859-15'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Briefbell desk')
