#!/usr/bin/env python3
"""Generates heldout55 feeds, labels.tsv and categories.tsv from entries.txt.
The feeds of a fictional Spanish-language news agency (AMN, Agencia
Meridiana de Noticias) and of its clients in Spain, Latin America, Brazil,
Portugal and the English-speaking Caribbean, July-September 2039.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ur': ('amn-urgentes.xml', 'rss2', 'AMN — Urgentes', 'https://urgentes.amn-noticias.example', 2, 'es-es', 'UTF-8'),
 'ai': ('amn-internacional.xml', 'atom', 'Agencia Meridiana de Noticias — Internacional', 'https://www.amn-noticias.example', 2, 'es', 'utf-8'),
 'ae': ('amn-english.xml', 'atom', 'AMN English Service — World', 'https://english.amn-noticias.example', 0, 'en', 'utf-8'),
 'ap': ('amn-portugues.xml', 'rss2', 'AMN Serviço em Português — Mundo', 'https://pt.amn-noticias.example', -3, 'pt-br', 'UTF-8'),
 'dc': ('diario-del-cantabrico.xml', 'rss1', 'El Diario del Cantabrico - Internacional', 'https://www.diariodelcantabrico.example', 2, 'es-es', 'ISO-8859-15'),
 'vp': ('la-voz-del-plata.xml', 'rss2', 'La Voz del Plata — El Mundo', 'https://www.lavozdelplata.example', -3, 'es-ar', 'UTF-8'),
 'ha': ('heraldo-de-anahuac.xml', 'atom', 'El Heraldo de Anáhuac — Internacional', 'https://www.heraldoanahuac.example', -6, 'es-mx', 'utf-8'),
 'rc': ('radio-cordillera.xml', 'rss1', 'Radio Cordillera — Mundo', 'https://www.radiocordillera.example', -4, 'es-cl', 'utf-8'),
 'fp': ('folha-do-planalto.xml', 'atom', 'Folha do Planalto — Mundo', 'https://www.folhadoplanalto.example', -3, 'pt-br', 'utf-8'),
 'ct': ('correio-do-tejo.xml', 'rss2', 'Correio do Tejo — Internacional', 'https://www.correiodotejo.example', 1, 'pt-pt', 'UTF-8'),
 'it': ('isthmus-times.xml', 'rss1', 'The Isthmus Times — World', 'https://www.isthmustimes.example', -5, 'en', 'utf-8'),
 'pa': ('puente-aereo.json', 'json', 'Puente Aéreo — boletín de defensa europea de Inés Valdecasas', 'https://puenteaereo.example', 2, 'es', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Inés Valdecasas')
