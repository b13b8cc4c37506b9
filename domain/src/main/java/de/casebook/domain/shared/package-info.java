/** The shared kernel: what every case type uses (rejections, personal-data marking). */
package de.casebook.domain.shared;
