"""Read the records of an exchange document field by field into typed values (pass one)."""

from dataclasses import dataclass, field
from typing import Any

from ontwikkeltafel.exchange.errors import ExchangeError
from ontwikkeltafel.exchange.schema import Field, Kind, RecordSpec
from ontwikkeltafel.exchange.values import (
    read_bool,
    read_date,
    read_enum,
    read_id,
    read_int,
    read_moment,
    read_text,
)
from ontwikkeltafel.model.base import new_id


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


def _read_field(spec_field: Field, raw: object, path: str) -> Any:
    kind = spec_field.kind
    if kind is Kind.ID or kind is Kind.REF:
        return read_id(raw, path)
    if kind is Kind.STR:
        return read_text(raw, path, required=True)
    if kind is Kind.TEXT:
        return read_text(raw, path, required=False)
    if kind is Kind.INT:
        return read_int(raw, path, spec_field.low, spec_field.high)
    if kind is Kind.BOOL:
        return read_bool(raw, path)
    if kind is Kind.DATE:
        return read_date(raw, path)
    if kind is Kind.MOMENT:
        return read_moment(raw, path)
    if kind is Kind.ENUM:
        assert spec_field.enum is not None
        return read_enum(raw, path, spec_field.enum)
    if kind is Kind.REFS:
        items = _as_list(raw, path)
        refs = [read_id(item, f"{path}[{i}]") for i, item in enumerate(items)]
        for i, ref in enumerate(refs):
            if ref in refs[:i]:
                raise ExchangeError(f"{path}[{i}]", "exchange.duplicate_ref", value=ref)
        return refs
    raise AssertionError(kind)


def _as_list(raw: object, path: str) -> list[Any]:
    if not isinstance(raw, list):
        raise ExchangeError(path, "exchange.not_list")
    return raw


def read_record(spec: RecordSpec, raw: object, path: str) -> Record:
    """Check one JSON object against its spec; unknown keys and missing fields are errors."""
    if not isinstance(raw, dict):
        raise ExchangeError(path, "exchange.not_object")
    for key in raw:
        if key not in spec.by_name:
            raise ExchangeError(f"{path}.{key}", "exchange.unknown_field")
    record = Record(path, {})
    for spec_field in spec.fields:
        field_path = f"{path}.{spec_field.name}"
        raw_value = raw.get(spec_field.name)
        if raw_value is None:
            if spec_field.required:
                raise ExchangeError(field_path, "exchange.missing")
            if spec_field.kind is Kind.ID:
                record.values["id"] = new_id()
            elif spec_field.kind is Kind.NESTED:
                record.nested[spec_field.name] = []
            elif spec_field.kind is Kind.REFS:
                record.values[spec_field.name] = []
            else:
                record.values[spec_field.name] = spec_field.default
        elif spec_field.kind is Kind.NESTED:
            assert spec_field.nested is not None
            record.nested[spec_field.name] = read_list(spec_field.nested, raw_value, field_path)
        else:
            record.values[spec_field.name] = _read_field(spec_field, raw_value, field_path)
    return record


def read_list(spec: RecordSpec, raw: object, path: str) -> list[Record]:
    """Read every record of a list."""
    return [read_record(spec, item, f"{path}[{i}]") for i, item in enumerate(_as_list(raw, path))]
