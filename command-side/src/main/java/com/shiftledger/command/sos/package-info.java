/** The Emergency SOS: its aggregate, and the endpoints that raise it and ask its escrow back. */
package com.shiftledger.command.sos;
