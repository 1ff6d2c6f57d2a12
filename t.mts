import { commandsIn } from './src/approvals/commands.ts';
const fp='0'.repeat(32);
const c=`/genai-clearance approve title-card@${fp} final-deliverable ref=GENAI-2026-0042`;
const cases={plain:c, list:`- ${c}`, fenceInList:`- item\n\n  \`\`\`\n  ${c}\n  \`\`\``, pre:`<pre>\n${c}\n</pre>`, code:`<code>${c}</code>`, codeblock:`<code>\n${c}\n</code>`, details:`<details>\n\n${c}\n\n</details>`, afterDetails:`<details>\n\n x \n\n</details>\n\n${c}`, quote:`> ${c}`, bold:`**${c}**`, ticket:c.replace('GENAI-2026-0042','<ticket>'), zw:c.replace('title','ti\u200btle'), inline:`\`${c}\``, twoLines:`hello\n${c}`, rtl: c+' \u202e'};
for (const [k,v] of Object.entries(cases)) console.log(k, JSON.stringify(commandsIn(v)));
