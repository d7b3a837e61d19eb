"""Errors of the exchange format: a JSON path and what is wrong there, in Dutch or English."""

from ontwikkeltafel.i18n import UserError, message


class ExchangeError(UserError):
    """A problem at one place in an exchange file, named by its JSON path."""

    def __init__(self, path: str, problem: str, **params: object) -> None:
        """``problem`` is a message id of the catalogue; ``params`` fill it in."""
        super().__init__(problem, **params)
        self.path = path

    def render(self, lang: str) -> str:
        """``meetings[3].agenda[0].titel: unknown field``, in ``lang``."""
        params = dict(self.params)
        if "kind" in params:
            params["kind"] = message(f"kind.{params['kind']}", lang)
        text = message(self.key, lang, **params)
        return f"{self.path}: {text}" if self.path else text
