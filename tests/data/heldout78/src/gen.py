#!/usr/bin/env python3
"""Generates heldout78 feeds, labels.tsv and categories.tsv from entries.txt
(the reading list of a Bogota/Santiago international desk, April-June 2045).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'lc': ('diario-la-cordillera.xml', 'rss2', 'Diario La Cordillera — Internacional', 'https://www.diariolacordillera.example', -5, 'es-co', 'UTF-8'),
 'ea': ('el-aconcagua.xml', 'atom', 'El Aconcagua — Mundo', 'https://www.elaconcagua.example', -4, 'es-cl', 'utf-8'),
 'rb': ('radio-bio-andina.xml', 'rss1', 'Radio Bio Andina - Noticias y transcripciones', 'https://www.radiobioandina.example', -4, 'es-cl', 'ISO-8859-15'),
 'rc': ('revista-condor-opinion.xml', 'atom', 'Revista Cóndor — Opinión', 'https://revistacondor.example', -5, 'es-co', 'utf-8'),
 'an': ('agencia-austral.xml', 'atom', 'Agencia Austral de Noticias — Servicio internacional', 'https://agenciaaustral.example', -3, 'es', 'utf-8'),
 'ca': ('cronica-del-anahuac.xml', 'rss2', 'Crónica del Anáhuac — El mundo', 'https://www.cronicadelanahuac.example', -6, 'es-mx', 'UTF-8'),
 'bm': ('cuarto-creciente.json', 'json', 'Cuarto Creciente — boletín de geopolítica de Inés Carvallo', 'https://cuartocreciente.example', -3, 'es', 'utf-8'),
 'fp': ('folha-do-planalto.xml', 'rss2', 'Folha do Planalto - Mundo', 'https://www.folhadoplanalto.example', -3, 'pt-br', 'windows-1252'),
 'ga': ('gazeta-atlantica.xml', 'atom', 'Gazeta Atlântica — Internacional', 'https://gazetaatlantica.example', -3, 'pt-br', 'utf-8'),
 'rp': ('mundo-em-vinte-minutos.xml', 'pod', 'Rádio Pampa Sul — Mundo em 20 minutos (podcast)', 'https://radiopampasul.example', -3, 'pt-br', 'UTF-8'),
 'tp': ('tidewater-press.xml', 'atom', 'Tidewater Press Agency — World service', 'https://tidewaterpress.example', 0, 'en', 'utf-8'),
 'ao': ('andean-observer.xml', 'rss1', 'The Andean Observer — World', 'https://www.andeanobserver.example', -5, 'en', 'utf-8'),
 'ac': ('atlantic-courier.xml', 'rss2', 'The Atlantic Courier — World', 'https://www.atlanticcourier.example', -4, 'en-us', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Inés Carvallo')
