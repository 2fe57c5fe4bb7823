"""The NLP pipeline: plain Python and NLTK, no Django, nothing downloaded at run time."""
