// Package reviewui is the local web server of `mtcheck review`: it serves
// one article's review page (the HTML report's view, with controls to
// accept, reject or edit each proposed correction), records the editor's
// decisions, and saves the corrected article the way `mtcheck fix --write`
// does, with the decision log `fix -i` writes.
//
// It listens on loopback only unless told otherwise, and every request
// must carry a random session token; a request that changes anything must
// also be a same-origin JSON POST with the token in a header.
package reviewui
