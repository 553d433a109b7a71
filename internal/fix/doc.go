// Package fix turns findings into corrections an editor can accept: offline
// proposals (glossary terms, name spellings, and the reference's wording for
// a diverging span when the alignment is confident), LLM proposals mapped
// back onto the file, verification of every proposal before it is offered,
// and writing the corrected article with its previous versions kept.
package fix
