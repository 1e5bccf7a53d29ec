#!/usr/bin/env python3
"""Generates heldout47 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Copied from heldout20's generator; only the FEEDS table and this header
changed. The reading list of a Buenos Aires / Mexico City international desk,
July-September 2037 (es, it, pt, en)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'cs': ('cronica-del-sur.xml', 'rss2', 'Crónica del Sur — El Mundo', 'https://www.cronicadelsur.example', -3, 'es-ar', 'UTF-8'),
 'da': ('diario-del-anahuac.xml', 'atom', 'Diario del Anáhuac — Internacional', 'https://www.diariodelanahuac.example', -6, 'es-mx', 'utf-8'),
 'fm': ('el-faro-de-montevideo.xml', 'rss1', 'El Faro de Montevideo — Mundo', 'https://www.elfaro-mvd.example', -3, 'es-uy', 'utf-8'),
 'oi': ('onda-iberica-radio.xml', 'rss2', 'Onda Ibérica Radio - Boletines e internacional', 'https://www.ondaiberica.example', 2, 'es-es', 'ISO-8859-15'),
 'aa': ('agencia-austral.xml', 'atom', 'Agencia Austral de Noticias — Servicio internacional', 'https://agenciaaustral.example', 0, 'es', 'utf-8'),
 'rp': ('radio-pampa-boletines.xml', 'pod', 'Radio Pampa — Boletines informativos', 'https://radiopampa.example', -3, 'es-ar', 'UTF-8'),
 'br': ('la-brujula.json', 'json', 'La Brújula — el mundo visto desde el Sur, por Inés Valdivia', 'https://labrujula.example', -3, 'es', 'utf-8'),
 'ct': ('corriere-del-tirreno.xml', 'atom', 'Il Corriere del Tirreno — Esteri e cronaca', 'https://www.corrieredeltirreno.example', 2, 'it', 'utf-8'),
 'ra': ('radio-adriatica-gr.xml', 'rss1', 'Radio Adriatica — Giornale radio', 'https://www.radioadriatica.example', 2, 'it', 'utf-8'),
 'cb': ('correio-bandeirante.xml', 'rss2', 'O Correio Bandeirante — Mundo', 'https://www.correiobandeirante.example', -3, 'pt-br', 'UTF-8'),
 'dt': ('diario-do-tejo.xml', 'atom', 'Diário do Tejo — Mundo', 'https://www.diariodotejo.example', 1, 'pt-pt', 'windows-1252'),
 'rc': ('river-plate-courier.xml', 'rss2', 'The River Plate Courier — World & Argentina', 'https://www.riverplatecourier.example', -3, 'en', 'UTF-8'),
 'hr': ('hemisphere-review.xml', 'atom', 'Hemisphere Review — Analysis on the Americas and the world', 'https://hemisphere-review.example', -4, 'en-us', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Inés Valdivia')
