#!/usr/bin/env python3
"""Generates heldout34 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'gw': ('gazeta-wislana.xml', 'rss2', 'Gazeta Wiślana — Kraj i świat', 'https://www.gazetawislana.example', 2, 'pl', 'UTF-8'),
 'km': ('kurier-mazowiecki.xml', 'rss1', 'Kurier Mazowiecki - Bielin i okolice', 'https://www.kuriermazowiecki.example', 2, 'pl', 'ISO-8859-2'),
 'rw': ('radio-wola-rozmowy.xml', 'atom', 'Radio Wola — Rozmowy poranka (zapis)', 'https://radiowola.example', 2, 'pl', 'utf-8'),
 'apw': ('agencja-prasowa-wisla.xml', 'atom', 'Agencja Prasowa Wisła — serwis ogólny', 'https://apw.example', 2, 'pl', 'utf-8'),
 'ec': ('el-eco-de-castilla.xml', 'rss2', 'El Eco de Castilla - Internacional', 'https://www.elecodecastilla.example', 2, 'es', 'ISO-8859-15'),
 'dm': ('diario-del-manzanares.xml', 'atom', 'Diario del Manzanares — Mundo', 'https://www.diariodelmanzanares.example', 2, 'es', 'utf-8'),
 'am': ('agencia-meseta.xml', 'atom', 'Agencia Meseta — Servicio general', 'https://agenciameseta.example', 2, 'es', 'utf-8'),
 'na': ('neries-aidas.xml', 'rss2', 'Neries aidas — Lietuva ir pasaulis', 'https://www.neriesaidas.example', 3, 'lt', 'UTF-8'),
 'cp': ('corriere-padano.xml', 'rss1', 'Corriere Padano — Esteri', 'https://www.corrierepadano.example', 2, 'it', 'utf-8'),
 'pk': ('podillia-sohodni.xml', 'rss2', 'Поділля сьогодні — Новини', 'https://podillia-sohodni.example', 3, 'uk', 'windows-1251'),
 'vl': ('the-vistula-letter.json', 'json', 'The Vistula Letter — a Warsaw newsletter on Europe and the war by Nell Orlicz', 'https://vistulaletter.example', 2, 'en', 'utf-8'),
 'bc': ('baltic-courier.xml', 'rss2', 'The Baltic Courier — News from Vilnius', 'https://www.balticcourier.example', 3, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Nell Orlicz')
