"""The import rules of docs/architecture.md, read from the source code itself.

The apps are layered (home <- clubs <- workflows, search beside workflows), the modules of one
app never import each other in a circle, and an import inside a function is the exception that
says why it is there. Each rule keeps the feature folders readable one at a time.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ALLOWED_IMPORTS = {
    "home": {"home"},
    "clubs": {"home", "clubs"},
    "workflows": {"home", "clubs", "workflows"},
    "search": {"home", "clubs", "search"},
}
PROJECT_PACKAGES = set(ALLOWED_IMPORTS) | {"portal"}


class Module:
    """One Python file of the project, with the project modules it imports."""

    def __init__(self, path):
        self.path = path
        parts = path.relative_to(ROOT).with_suffix("").parts
        self.is_package = parts[-1] == "__init__"
        self.name = ".".join(parts[:-1] if self.is_package else parts)
        self.app = parts[0]
        self.lines = path.read_text().splitlines()
        self.tree = ast.parse(path.read_text())

    @property
    def package(self):
        return self.name if self.is_package else self.name.rpartition(".")[0]

    def imported_names(self, node):
        """The absolute names an import statement refers to: modules, or module.attribute."""
        if isinstance(node, ast.Import):
            return [alias.name for alias in node.names]
        base = node.module or ""
        if node.level:
            package = self.package
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        return [f"{base}.{alias.name}" for alias in node.names] + [base]

    def module_level_imports(self):
        """Imports that run when the module is imported (not those only for type checkers)."""

        def walk(statements):
            for statement in statements:
                if isinstance(statement, ast.Import | ast.ImportFrom):
                    yield statement
                elif isinstance(statement, ast.If):
                    if "TYPE_CHECKING" not in ast.unparse(statement.test):
                        yield from walk(statement.body)
                        yield from walk(statement.orelse)
                elif isinstance(statement, ast.Try):
                    yield from walk(statement.body)
                    yield from walk(statement.orelse)
                    yield from walk(statement.finalbody)
                    for handler in statement.handlers:
                        yield from walk(handler.body)

        return list(walk(self.tree.body))

    def function_level_imports(self):
        for function in ast.walk(self.tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                for node in ast.walk(function):
                    if isinstance(node, ast.Import | ast.ImportFrom):
                        yield node


def project_modules():
    modules = {}
    for app in PROJECT_PACKAGES:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                module = Module(path)
                modules[module.name] = module
    return modules


MODULES = project_modules()


def resolve(names):
    """The project modules among imported names (`a.b.C` is module `a.b` when `C` is no module)."""
    found = set()
    for name in names:
        if name in MODULES:
            found.add(name)
        elif name.rpartition(".")[0] in MODULES:
            found.add(name.rpartition(".")[0])
    return found


def import_graph():
    """Module-level imports between modules of the same app."""
    graph = {}
    for module in MODULES.values():
        targets = set()
        for node in module.module_level_imports():
            targets |= resolve(module.imported_names(node))
        graph[module.name] = {
            target
            for target in targets
            if target != module.name and MODULES[target].app == module.app
        }
    return graph


def circles(graph):
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index, lowlink, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = lowlink[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                lowlink[node] = min(lowlink[node], lowlink[target])
            elif target in on_stack:
                lowlink[node] = min(lowlink[node], index[target])
        if lowlink[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.mark.parametrize("app", sorted(ALLOWED_IMPORTS))
def test_an_app_imports_only_the_layers_below_it(app):
    offenders = []
    for module in MODULES.values():
        if module.app != app:
            continue
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and not getattr(node, "level", 0):
                for name in module.imported_names(node):
                    top = name.split(".")[0]
                    if top in PROJECT_PACKAGES and top not in ALLOWED_IMPORTS[app]:
                        offenders.append(f"{module.path.relative_to(ROOT)}:{node.lineno} {name}")
    assert offenders == []


def test_the_layer_rule_sees_a_forbidden_import(tmp_path):
    """The check above would pass on code it cannot read: prove it reads an import of clubs."""
    source = tmp_path / "sample.py"
    source.write_text("def later():\n    from clubs.models import ClubPage\n")
    module = Module.__new__(Module)
    module.tree = ast.parse(source.read_text())
    module.name, module.is_package = "home.sample", False
    names = [
        name
        for node in ast.walk(module.tree)
        if isinstance(node, ast.ImportFrom)
        for name in module.imported_names(node)
    ]
    assert "clubs.models.ClubPage" in names


def test_no_import_circle_between_the_modules_of_one_app():
    assert circles(import_graph()) == []


def test_the_circle_check_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_an_import_inside_a_function_says_why():
    """Only Django's app loading justifies a late import of project code; the comment says so."""
    unexplained = []
    for module in MODULES.values():
        for node in module.function_level_imports():
            names = module.imported_names(node)
            if not any(name.split(".")[0] in PROJECT_PACKAGES for name in names):
                continue
            line, above = module.lines[node.lineno - 1], module.lines[node.lineno - 2]
            if "#" not in line and not above.strip().startswith("#"):
                unexplained.append(f"{module.path.relative_to(ROOT)}:{node.lineno}")
    assert unexplained == []
