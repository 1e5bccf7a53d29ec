#!/usr/bin/env python3
"""Generates heldout92 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
heldout92: a Southern-European op-ed editor's reading list (Spanish, Italian,
Portuguese and English), October-December 2048; the Italian daily is
written in ISO-8859-15."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'fe': ('faro-del-estrecho.xml', 'rss2', 'El Faro del Estrecho — Opinión', 'https://www.farodelestrecho.example', 1, 'es', 'UTF-8'),
 'da': ('diario-de-alcantara.xml', 'atom', 'Diario de Alcántara — Internacional', 'https://www.diariodealcantara.example', 1, 'es', 'utf-8'),
 'rm': ('revista-meridiano.xml', 'rss1', 'Revista Meridiano — Análisis', 'https://revistameridiano.example', 1, 'es', 'utf-8'),
 'ap': ('agencia-peninsula.xml', 'atom', 'Agencia Península — Servicio internacional', 'https://agenciapeninsula.example', 1, 'es', 'utf-8'),
 'ct': ('corriere-del-tirreno.xml', 'rss2', 'Il Corriere del Tirreno - Esteri', 'https://www.corrieredeltirreno.example', 1, 'it', 'ISO-8859-15'),
 'vb': ('voce-di-brera.xml', 'atom', 'La Voce di Brera — Opinioni', 'https://www.vocedibrera.example', 1, 'it', 'utf-8'),
 'qa': ('quaderni-adriatici.xml', 'rss1', 'Quaderni Adriatici — Geopolitica', 'https://quaderniadriatici.example', 1, 'it', 'utf-8'),
 'jt': ('jornal-do-tejo.xml', 'rss2', 'Jornal do Tejo — Mundo', 'https://www.jornaldotejo.example', 0, 'pt', 'UTF-8'),
 'gm': ('gazeta-do-mondego.xml', 'atom', 'Gazeta do Mondego — Opinião', 'https://www.gazetadomondego.example', 0, 'pt', 'utf-8'),
 'fa': ('folha-atlantica.xml', 'rss1', 'Folha Atlântica — Internacional', 'https://folhaatlantica.example', -3, 'pt', 'utf-8'),
 'mw': ('mediterranean-wire.xml', 'rss2', 'Mediterranean Wire — World', 'https://mediterraneanwire.example', 0, 'en', 'UTF-8'),
 'al': ('the-adriatic-letter.json', 'json', 'The Adriatic Letter — a newsletter by Lena Vasari', 'https://adriaticletter.example', 1, 'en', 'utf-8'),
 'rp': ('riviera-post.xml', 'rss1', 'The Riviera Post — World', 'https://www.rivierapost.example', 1, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Lena Vasari')
