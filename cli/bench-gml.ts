/**
 * The benchmarks' XPlanGML file: 100 m squares near Düren (EPSG:25832, a clean Flächenschluss)
 * until the file has about `mb` MB. Returns the number of areas written.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export function writeBenchGml(file: string, mb: number): number {
  const fd = openSync(file, 'w');
  writeSync(
    fd,
    '<?xml version="1.0" encoding="UTF-8"?>\n<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/1" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="A">\n'
  );
  let size = 0;
  let n = 0;
  const cols = 400;
  while (size < mb * 1e6) {
    const parts: string[] = [];
    for (let k = 0; k < 1000; k++, n++) {
      const x = 300000 + (n % cols) * 100;
      const y = 5600000 + Math.floor(n / cols) * 100;
      const ring = `${x} ${y} ${x + 100} ${y} ${x + 100} ${y + 100} ${x} ${y + 100} ${x} ${y}`;
      parts.push(
        `<gml:featureMember><xplan:FP_Landwirtschaft gml:id="GML_${n}"><xplan:name>Fläche ${n}</xplan:name><xplan:position><gml:Polygon srsName="EPSG:25832" gml:id="GML_${n}_G"><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">${ring}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss></xplan:FP_Landwirtschaft></gml:featureMember>\n`
      );
    }
    const chunk = parts.join('');
    writeSync(fd, chunk);
    size += chunk.length;
  }
  writeSync(fd, '</xplan:XPlanAuszug>\n');
  closeSync(fd);
  return n;
}
