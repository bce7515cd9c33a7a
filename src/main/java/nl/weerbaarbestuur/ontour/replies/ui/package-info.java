/** The organisers' log of calendar replies (Agenda-antwoorden). */
@NullMarked
package nl.weerbaarbestuur.ontour.replies.ui;

import org.jspecify.annotations.NullMarked;
