#!/usr/bin/env python3
"""Generates heldout21 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'gw': ('gazeta-wislana.xml', 'rss2', 'Gazeta Wiślana — Świat', 'https://www.gazetawislana.example', 1, 'pl', 'UTF-8'),
 'km': ('kurier-mazowiecki.xml', 'rss2', 'Kurier Mazowiecki - Kraj i swiat', 'https://kuriermazowiecki.example', 1, 'pl', 'ISO-8859-2'),
 'po': ('przeglad-obronny.xml', 'atom', 'Przegląd Obronny — analizy i komentarze', 'https://przegladobronny.example', 1, 'pl', 'utf-8'),
 'rn': ('radio-nadwislanskie.xml', 'rss1', 'Radio Nadwiślańskie — serwis informacyjny', 'https://radionadwislanskie.example', 1, 'pl', 'utf-8'),
 'ht': ('heraldo-del-turia.xml', 'rss2', 'El Heraldo del Turia — Internacional', 'https://www.heraldodelturia.example', 1, 'es', 'UTF-8'),
 'vc': ('voz-de-cantabria.xml', 'atom', 'La Voz de Cantabria - Mundo', 'https://vozdecantabria.example', 1, 'es', 'ISO-8859-15'),
 'am': ('agencia-meridiana.xml', 'atom', 'Agencia Meridiana — Servicio internacional', 'https://agenciameridiana.example', 1, 'es', 'utf-8'),
 'vz': ('vilniaus-zinios.xml', 'rss1', 'Vilniaus žinios — Pasaulis', 'https://vilniauszinios.example', 2, 'lt', 'utf-8'),
 'ba': ('baltijos-apzvalga.xml', 'rss2', 'Baltijos apžvalga — Gynyba ir politika', 'https://baltijosapzvalga.example', 2, 'lt', 'UTF-8'),
 'bw': ('baltic-wire.xml', 'atom', 'Baltic Wire — English service', 'https://balticwire.example', 0, 'en', 'utf-8'),
 'vr': ('the-vistula-review.json', 'json', 'The Vistula Review — a newsletter on Eastern Europe by Ola Brandt', 'https://vistulareview.example', 1, 'en', 'utf-8'),
 'kh': ('kyivska-khvylia.xml', 'rss2', 'Київська хвиля — Новини', 'https://kyivskakhvylia.example', 2, 'uk', 'UTF-8'),
 'cg': ('corriere-del-garda.xml', 'rss1', 'Corriere del Garda — Esteri', 'https://corrieredelgarda.example', 1, 'it', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ola Brandt')
