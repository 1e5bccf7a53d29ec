#!/usr/bin/env python3
"""Generates heldout105 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ep': ('el-pregonero.xml', 'rss2', 'El Pregonero — Internacional', 'https://www.elpregonero.example', 1, 'es-es', 'UTF-8'),
 'ai': ('agencia-iberica.xml', 'rss1', 'Agencia Ibérica de Noticias (AIN) — Servicio internacional', 'https://www.agenciaiberica.example', 1, 'es', 'utf-8'),
 'ha': ('heraldo-del-anahuac.xml', 'atom', 'El Heraldo del Anáhuac — Mundo', 'https://heraldoanahuac.example', -6, 'es-mx', 'utf-8'),
 'cp': ('cronica-del-plata.xml', 'rss2', 'La Crónica del Plata - El Mundo', 'https://www.cronicadelplata.example', -3, 'es-ar', 'ISO-8859-1'),
 'ol': ('o-lusitano.xml', 'atom', 'O Lusitano — Mundo', 'https://olusitano.example', 0, 'pt-pt', 'utf-8'),
 'fp': ('folha-do-planalto.json', 'json', 'Folha do Planalto — boletim Mundo', 'https://folhadoplanalto.example', -3, 'pt-br', 'utf-8'),
 'vt': ('la-veu-del-ter.xml', 'rss1', 'La Veu del Ter — Internacional', 'https://laveudelter.example', 1, 'ca', 'utf-8'),
 'gr': ('gazette-de-l-estuaire.xml', 'atom', "La Gazette de l'Estuaire — Monde", 'https://gazette-estuaire.example', 1, 'fr', 'utf-8'),
 'pc': ('point-cardinal-podcast.xml', 'pod', 'Point cardinal — le podcast géopolitique', 'https://pointcardinal.example', 1, 'fr', 'UTF-8'),
 'cv': ('corriere-della-valle.xml', 'rss2', 'Corriere della Valle — Esteri', 'https://www.corrieredellavalle.example', 1, 'it', 'UTF-8'),
 'tl': ('tidewater-ledger.xml', 'rss2', 'The Tidewater Ledger — World', 'https://www.tidewaterledger.example', -5, 'en-us', 'UTF-8'),
 'ww': ('westgate-wire.xml', 'atom', 'Westgate Wire — World service', 'https://westgatewire.example', 0, 'en', 'utf-8'),
 'fo': ('fenland-observer.xml', 'rss1', 'The Fenland Observer — World', 'https://www.fenlandobserver.example', 0, 'en-gb', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Renata Baptista')
