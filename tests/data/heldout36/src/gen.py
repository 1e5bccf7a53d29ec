#!/usr/bin/env python3
"""Generates heldout36 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'lm': ('le-matin-de-provence.xml', 'rss2', 'Le Matin de Provence — International', 'https://www.lematindeprovence.example', 1, 'fr', 'UTF-8'),
 'rf': ('radio-frequence-sud.xml', 'rss1', 'Radio Fréquence Sud — Transcriptions des journaux', 'https://frequencesud.example', 1, 'fr', 'utf-8'),
 'ci': ('corriere-dell-isonzo.xml', 'rss2', "Corriere dell'Isonzo - Esteri", 'https://www.corriereisonzo.example', 1, 'it', 'ISO-8859-15'),
 'rl': ('radio-laguna.xml', 'atom', 'Radio Laguna — Giornale radio e dirette', 'https://radiolaguna.example', 1, 'it', 'utf-8'),
 'cv': ('colonna-sud.json', 'json', 'Colonna Sud — la newsletter di Marta Venier', 'https://colonnasud.example', 1, 'it', 'utf-8'),
 'vo': ('la-voz-del-ebro.xml', 'atom', 'La Voz del Ebro — Internacional', 'https://www.lavozdelebro.example', 1, 'es', 'utf-8'),
 'oa': ('onda-atlantica.xml', 'rss2', 'Onda Atlántica — Directos y boletines', 'https://ondaatlantica.example', 1, 'es', 'UTF-8'),
 'dt': ('diario-do-tejo.xml', 'rss1', 'Diário do Tejo — Mundo', 'https://www.diariodotejo.example', 0, 'pt', 'utf-8'),
 'rm': ('radio-minho.xml', 'atom', 'Rádio Minho — Manhã informativa', 'https://radiominho.example', 0, 'pt', 'utf-8'),
 'dp': ('diari-de-ponent.xml', 'rss2', 'Diari de Ponent — Món', 'https://www.diarideponent.example', 1, 'ca', 'UTF-8'),
 'rc': ('radio-costa-brava.xml', 'rss1', 'Ràdio Costa Brava — Butlletins i tertúlies', 'https://radiocostabrava.example', 1, 'ca', 'utf-8'),
 'mp': ('meridiana-press.xml', 'atom', 'Meridiana Press — Fil international', 'https://meridianapress.example', 1, 'fr', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Marta Venier')
