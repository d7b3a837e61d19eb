"""Read the records of an exchange document field by field into typed values (pass one)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ontwikkeltafel.exchange.errors import ExchangeError
from ontwikkeltafel.exchange.parsing import first_unknown_key, key_path
from ontwikkeltafel.exchange.schema import Field, Kind, RecordSpec
from ontwikkeltafel.exchange.values import (
    has_surrogates,
    read_bool,
    read_date,
    read_enum,
    read_id,
    read_int,
    read_json,
    read_json_object,
    read_moment,
    read_text,
)


@dataclass
class Record:
    """One record read from the file: its JSON path and its values by field name."""

    path: str
    values: dict[str, Any]
    nested: dict[str, list["Record"]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """The record's id (given, or made fresh when the file had none)."""
        return str(self.values["id"])


def _read_refs(spec_field: Field, raw: object, path: str) -> list[str]:
    items = _as_list(raw, path)
    try:
        refs = [read_id(item, "") for item in items]
    except ExchangeError:
        refs = [read_id(item, f"{path}[{i}]") for i, item in enumerate(items)]
    if len(set(refs)) != len(refs):
        for i, ref in enumerate(refs):
            if ref in refs[:i]:
                raise ExchangeError(f"{path}[{i}]", "exchange.duplicate_ref", value=ref)
    return refs


Reader = Callable[[Field, object, str], Any]

#: How each kind of field is read; readers raise ExchangeError with the path they are given.
READERS: dict[Kind, Reader] = {
    Kind.ID: lambda f, raw, path: read_id(raw, path),
    Kind.REF: lambda f, raw, path: read_id(raw, path),
    Kind.STR: lambda f, raw, path: read_text(raw, path, required=True),
    Kind.TEXT: lambda f, raw, path: read_text(raw, path, required=False),
    Kind.INT: lambda f, raw, path: read_int(raw, path, f.low, f.high),
    Kind.BOOL: lambda f, raw, path: read_bool(raw, path),
    Kind.DATE: lambda f, raw, path: read_date(raw, path),
    Kind.MOMENT: lambda f, raw, path: read_moment(raw, path),
    Kind.ENUM: lambda f, raw, path: read_enum(raw, path, f.enum),  # type: ignore[arg-type]
    Kind.REFS: _read_refs,
    Kind.JSON: lambda f, raw, path: read_json(raw, path),
    Kind.DOCUMENT: lambda f, raw, path: read_json_object(raw, path),
}


def _as_list(raw: object, path: str) -> list[Any]:
    if not isinstance(raw, list):
        raise ExchangeError(path, "exchange.not_list")
    return raw


def _missing(spec_field: Field, record: Record, path: str) -> None:
    """Fill in a field the file left out (or gave as null), or refuse a required one."""
    if spec_field.required:
        raise ExchangeError(f"{path}.{spec_field.name}", "exchange.missing")
    if spec_field.kind is Kind.NESTED:
        record.nested[spec_field.name] = []
    elif spec_field.kind is Kind.REFS:
        record.values[spec_field.name] = []
    else:
        record.values[spec_field.name] = spec_field.default


def read_record(spec: RecordSpec, raw: object, path: str) -> Record:
    """Check one JSON object against its spec; unknown keys and missing fields are errors."""
    if not isinstance(raw, dict):
        raise ExchangeError(path, "exchange.not_object")
    if not raw.keys() <= spec.by_name.keys():
        found = first_unknown_key(raw, spec.by_name)
        assert found is not None
        raise ExchangeError(key_path(path, found[0]), found[1])
    record = Record(path, {})
    values = record.values
    for spec_field in spec.fields:
        name = spec_field.name
        raw_value = raw.get(name)
        if raw_value is None:
            _missing(spec_field, record, path)
        elif spec_field.nested is not None:
            if spec_field.kind is Kind.NESTED:
                record.nested[name] = read_list(spec_field.nested, raw_value, f"{path}.{name}")
            else:  # Kind.OBJECT: one object, read into a dict of values
                values[name] = read_record(spec_field.nested, raw_value, f"{path}.{name}").values
        elif (
            type(raw_value) is str
            and spec_field.text_rule
            and "\x00" not in raw_value
            and (raw_value.isascii() or not has_surrogates(raw_value))
            and (spec_field.text_rule == 1 or raw_value.strip())
        ):
            values[name] = raw_value  # the common case, inlined: it runs for every text
        elif type(raw_value) is str and raw_value in spec_field.codes:
            values[name] = spec_field.codes[raw_value]
        else:
            try:
                values[name] = READERS[spec_field.kind](spec_field, raw_value, "")
            except ExchangeError as error:
                # Paths are made only on failure: building them for every value is costly.
                error.path = f"{path}.{name}{error.path}"
                raise
    return record


def read_list(spec: RecordSpec, raw: object, path: str) -> list[Record]:
    """Read every record of a list."""
    return [read_record(spec, item, f"{path}[{i}]") for i, item in enumerate(_as_list(raw, path))]
