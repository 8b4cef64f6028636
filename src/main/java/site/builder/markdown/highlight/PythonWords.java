package site.builder.markdown.highlight;

/**
 * Python's built-in names from its documentation (functions, exceptions, special methods and attributes), narrowed
 * to those Hugo 0.111.3 highlights as such (checked by highlighting a candidate list with Hugo).
 */
final class PythonWords {
    private PythonWords() {}

    /** Built-in functions and types. */
    static final String BUILTINS =
            "staticmethod|classmethod|__import__|isinstance|issubclass|memoryview|bytearray|enumerate|frozenset|"
                    + "property|reversed|compile|complex|delattr|getattr|globals|hasattr|setattr|divmod|filter|format|"
                    + "locals|object|sorted|bytes|float|input|print|range|round|slice|super|tuple|bool|dict|eval|hash|iter|"
                    + "list|next|open|repr|type|vars|abs|all|any|bin|chr|dir|hex|int|len|map|max|min|oct|ord|pow|set|str|"
                    + "sum|zip|id";

    /** Built-in exceptions and warnings. */
    static final String EXCEPTIONS =
            "PendingDeprecationWarning|ConnectionAbortedError|ConnectionRefusedError|UnicodeTranslateError|"
                    + "ConnectionResetError|ModuleNotFoundError|NotImplementedError|DeprecationWarning|FloatingPointError|"
                    + "NotADirectoryError|ProcessLookupError|StopAsyncIteration|UnicodeDecodeError|UnicodeEncodeError|"
                    + "ChildProcessError|FileNotFoundError|IsADirectoryError|KeyboardInterrupt|UnboundLocalError|"
                    + "ZeroDivisionError|EnvironmentError|IndentationError|InterruptedError|ArithmeticError|"
                    + "BlockingIOError|BrokenPipeError|ConnectionError|FileExistsError|PermissionError|ResourceWarning|"
                    + "AssertionError|AttributeError|RecursionError|ReferenceError|RuntimeWarning|UnicodeWarning|"
                    + "BaseException|FutureWarning|GeneratorExit|ImportWarning|OverflowError|StopIteration|SyntaxWarning|"
                    + "BytesWarning|RuntimeError|TimeoutError|UnicodeError|WindowsError|BufferError|ImportError|"
                    + "LookupError|MemoryError|SyntaxError|SystemError|UserWarning|IndexError|SystemExit|ValueError|"
                    + "Exception|NameError|TypeError|EOFError|KeyError|TabError|VMSError|IOError|OSError|Warning";

    /** Special method names. */
    static final String MAGIC_METHODS =
            "__instancecheck__|__subclasscheck__|__getattribute__|__length_hint__|__ifloordiv__|__rfloordiv__|"
                    + "__contains__|__floordiv__|__itruediv__|__reversed__|__rtruediv__|__complex__|__delattr__|"
                    + "__delitem__|__getattr__|__getitem__|__ilshift__|__imatmul__|__irshift__|__missing__|__prepare__|"
                    + "__rdivmod__|__rlshift__|__rmatmul__|__rrshift__|__setattr__|__setitem__|__truediv__|__aenter__|"
                    + "__delete__|__divmod__|__format__|__invert__|__lshift__|__matmul__|__rshift__|__aexit__|__aiter__|"
                    + "__anext__|__await__|__bytes__|__enter__|__float__|__index__|__round__|__bool__|__call__|__exit__|"
                    + "__hash__|__iadd__|__iand__|__imod__|__imul__|__init__|__ipow__|__isub__|__iter__|__ixor__|__next__|"
                    + "__radd__|__rand__|__repr__|__rmod__|__rmul__|__rpow__|__rsub__|__rxor__|__abs__|__add__|__and__|"
                    + "__del__|__dir__|__get__|__int__|__ior__|__len__|__mod__|__mul__|__neg__|__new__|__pos__|__pow__|"
                    + "__ror__|__set__|__str__|__sub__|__xor__|__eq__|__ge__|__gt__|__le__|__lt__|__ne__|__or__";

    /** Special attributes. */
    static final String MAGIC_ATTRIBUTES =
            "__annotations__|__kwdefaults__|__defaults__|__objclass__|__qualname__|__closure__|__globals__|"
                    + "__weakref__|__module__|__bases__|__class__|__slots__|__code__|__dict__|__file__|__func__|__name__|"
                    + "__self__|__doc__|__mro__";
}
